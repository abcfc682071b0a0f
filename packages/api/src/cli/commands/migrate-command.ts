import { existsSync } from 'node:fs';
import { LATEST_HASH_SCHEME, type EventStore } from '@grip/ledger';
import type { Command } from 'commander';
import { CliError, usageError } from '../cli-error.js';
import { copyLedger } from '../migrate/copy-ledger.js';
import { verifyCopy } from '../migrate/verify-copy.js';
import { cliConfig, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress } from '../progress.js';

type MigrateOptions = { readonly to?: string; readonly from?: string; readonly verifyOnly?: boolean };

export function registerMigrate(program: Command, globals: () => GlobalOptions): void {
  program
    .command('migrate')
    .summary('copy the SQLite ledger into EventStoreDB, then verify the copy')
    .description(
      'Copies every event of the SQLite ledger (<data-dir>/grip.sqlite, or --from) into EventStoreDB\n' +
        '(--to, or GRIP_ESDB_CONNECTION_STRING) in the original global order, keeping event ids,\n' +
        'revisions, batch boundaries and hash chains. Resumable: run it again after an interruption\n' +
        'and it continues where it stopped. Afterwards it compares both stores event by event and\n' +
        "verifies the target's hash chain; exit code 1 when anything differs. Stop the API first.",
    )
    .option('--to <connection-string>', 'EventStoreDB to copy into (default: GRIP_ESDB_CONNECTION_STRING)')
    .option('--from <file>', 'SQLite ledger to copy from (default: <data-dir>/grip.sqlite)')
    .option('--verify-only', 'only compare an earlier copy with the source')
    .action(async (options: MigrateOptions) => {
      const config = cliConfig(globals());
      const to = options.to ?? config.esdbConnectionString;
      if (!to) throw usageError('name the EventStoreDB to copy into: --to esdb://… or GRIP_ESDB_CONNECTION_STRING');
      if (!to.startsWith('esdb')) throw usageError(`--to must be an esdb:// connection string, got ${to}`);
      const from = options.from ?? config.eventStorePath;
      if (!existsSync(from)) throw new CliError(`no SQLite ledger at ${from}`);

      const { openSqliteEventStore } = await import('@grip/ledger/sqlite');
      const { createEsdbEventStore } = await import('@grip/ledger/esdb');
      const source = openSqliteEventStore({ path: from });
      let target: EventStore | undefined;
      try {
        target = createEsdbEventStore({ connectionString: to });
        if (!options.verifyOnly) {
          let total = 0;
          for await (const _ of source.readAll()) total++;
          const progress = createProgress('copying (events)', total, process.stderr, 200);
          try {
            const copy = await copyLedger(source, target, (done) => progress.update(done));
            process.stdout.write(
              `copied ${copy.copied} event(s)` +
                (copy.alreadyThere > 0 ? `; ${copy.alreadyThere} were already there (resumed)` : '') +
                '\n',
            );
          } finally {
            progress.stop();
          }
        }
        const check = await verifyCopy(source, target);
        for (const problem of check.problems) process.stdout.write(`differs: ${problem}\n`);
        if (!check.ok)
          throw new CliError(`the copy differs from the source (${check.problems.length} problem(s) shown)`);
        process.stdout.write(
          `verified: ${check.events} event(s) in ${check.streams} stream(s) identical, in the same order, chains intact\n`,
        );
        if (check.rechained > 0)
          process.stdout.write(
            `note: ${check.rechained} stream(s) held events of an older hash scheme; the copy chains them under ` +
              `scheme ${LATEST_HASH_SCHEME}, so their hashes differ from the source (verify and anchor the copy anew)\n`,
          );
      } finally {
        await source.close();
        await target?.close();
      }
    });
}
