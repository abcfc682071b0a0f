import { verifyStore } from '@grip/ledger';
import type { Command } from 'commander';
import { describePendingImport, type PendingImport } from '../../journal/import-log.js';
import { CliError } from '../cli-error.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress } from '../progress.js';

export function registerVerify(program: Command, globals: () => GlobalOptions): void {
  program
    .command('verify')
    .summary('verify the hash chain of every stream in the store')
    .description(
      'Recomputes every event hash and checks that each event points at its\n' +
        'predecessor. When anything was changed after writing, the first broken\n' +
        'event of each damaged stream is printed and the exit code is 1.',
    )
    .action(async () => {
      let pending: PendingImport[] = [];
      const report = await withGrip(globals(), async (grip) => {
        pending = grip.imports.pending();
        let streams = 0;
        for await (const _ of grip.store.listStreams()) streams++;
        const progress = createProgress('verifying', streams, process.stderr, 20);
        try {
          return await verifyStore(grip.store, (done) => progress.update(done.streams));
        } finally {
          progress.stop();
        }
      });
      for (const p of pending) process.stdout.write(`${describePendingImport(p)}\n`);
      if (report.ok && pending.length > 0) {
        throw new CliError(`${pending.length} import(s) began and did not finish; the store holds part of them`);
      }
      if (report.ok) {
        process.stdout.write(`ok: ${report.eventsChecked} event(s) in ${report.streamsChecked} stream(s) verified\n`);
        return;
      }
      for (const b of report.breaks) {
        process.stdout.write(
          `broken: ${b.streamId} revision ${b.revision}${b.eventId ? ` (event ${b.eventId})` : ''}: ${b.problem}: ${b.message}\n`,
        );
      }
      const [first] = report.breaks;
      throw new CliError(
        `hash chain broken in ${report.breaks.length} stream(s); first: ${first!.streamId} revision ${first!.revision}${first!.eventId ? ` event ${first!.eventId}` : ''}`,
      );
    });
}
