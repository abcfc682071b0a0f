import type { Command } from 'commander';
import { importJournals, type ImportPhase } from '../../journal/import-journals.js';
import type { Journal } from '../../journal/journal-types.js';
import { readJournal } from '../../journal/read-journal.js';
import { cliActor } from '../actor.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress, type Progress } from '../progress.js';

type ImportOptions = { dryRun?: boolean; programme?: string; decision?: string; municipality?: string };

export function registerImport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .summary('import journals (JSON, YAML, or a CSV measure list) into the ledger')
    .description(
      [
        'Imports journals, all or nothing: every entry is validated and executed',
        'on an in-memory copy first; only when all pass is anything written. Each',
        'entry has an idempotency key from the journal content and its position,',
        'so re-running a journal writes nothing twice.',
        '',
        'JSON/YAML: { municipality: "GM0118", title?, entries: [',
        '  { type, data, reason?, source?: { document, location? }, recordedAt? } ] }',
        '  recordedAt (historical import): the transaction time of that entry.',
        'CSV measure list, ";"-separated, Dutch amounts ("€ 106.600", "P.M."):',
        '  code;title;domain;category;owner;year;amount;nature',
        '  needs --programme, --decision and --municipality.',
      ].join('\n'),
    )
    .argument('<journal...>', 'journal files (.json, .yaml, .yml, .csv)')
    .option('--dry-run', 'check everything against a copy of the store and write nothing')
    .option('--programme <id>', 'programme of a CSV measure list')
    .option('--decision <id>', 'decision the plans of a CSV measure list rest on')
    .option('--municipality <code>', 'CBS code (e.g. GM0118) a CSV measure list writes for')
    .action(async (files: string[], options: ImportOptions) => {
      const csv = { programmeId: options.programme, decisionId: options.decision, municipality: options.municipality };
      const journals: Journal[] = [];
      for (const file of files) journals.push(await readJournal(file, { csv }));
      const summary = await withGrip(globals(), async (grip) => {
        const bars = new Map<ImportPhase, Progress>();
        const onProgress = (phase: ImportPhase, done: number, total: number) => {
          if (!bars.has(phase)) {
            bars.forEach((bar) => bar.stop());
            bars.set(phase, createProgress(phase === 'check' ? 'checking' : 'writing ', total));
          }
          bars.get(phase)!.update(done);
        };
        try {
          return await importJournals(grip, journals, {
            actor: cliActor(globals().actor),
            dryRun: options.dryRun === true,
            onProgress,
            importLog: grip.imports,
          });
        } finally {
          bars.forEach((bar) => bar.stop());
        }
      });
      const verb = summary.dryRun ? 'would write' : 'wrote';
      const already = summary.duplicates > 0 ? `; ${summary.duplicates} already imported` : '';
      process.stdout.write(
        `${summary.dryRun ? 'dry run ok: ' : ''}${summary.journals} journal(s), ${summary.commands} command(s): ${verb} ${summary.events} event(s)${already}\n`,
      );
    });
}
