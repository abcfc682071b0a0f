import { AMOUNT_UNITS, type AmountUnit } from '@grip/ledger';
import { Option, type Command } from 'commander';
import { importJournals, type ImportPhase } from '../../journal/import-journals.js';
import type { Journal } from '../../journal/journal-types.js';
import { readJournal } from '../../journal/read-journal.js';
import { cliActor } from '../actor.js';
import { withGrip, withStoreToCheck, type GlobalOptions } from '../open-cli-grip.js';
import { createProgress, type Progress } from '../progress.js';

type ImportOptions = {
  dryRun?: boolean;
  programme?: string;
  decision?: string;
  municipality?: string;
  unit?: AmountUnit;
  sheet?: string;
};

export function registerImport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .summary('import journals (JSON, YAML, or a CSV/XLSX measure list) into the ledger')
    .description(
      [
        'Imports journals, all or nothing: every entry is validated and executed',
        'on an in-memory copy first; only when all pass is anything written. Each',
        'entry has an idempotency key from the journal content and its position,',
        'so re-running a journal writes nothing twice.',
        '',
        'Every problem of a journal is reported at once, with file and line.',
        '',
        'JSON/YAML: { municipality: "GM0118", title?, unit?, notation?, entries: [',
        '  { type, data, reason?, source?: { document, location? }, recordedAt?, unit? } ] }',
        '  recordedAt (historical import): the transaction time of that entry.',
        '  unit: thousands for tables printed "× € 1.000" ("-384" is stored as -384000 euros;',
        "  the unit is kept in each event's source reference); on an entry it overrides the journal's.",
        '  Amounts are quoted strings: "1234.56", "-384000", "€ 1.234,56", "-1.900.000", "P.M.".',
        '  notation: nl reads them as Dutch documents print them ("-1.200" is -1200).',
        'Measure list, .csv (";"-separated) or .xlsx (first sheet, or --sheet), Dutch amounts',
        '("€ 106.600", "P.M.", "nihil"), with the header row',
        '  code;title;domain;category;owner;year;amount;nature',
        '  needs --programme, --decision and --municipality; --unit thousands if printed so.',
        '',
        '--dry-run checks against a copy and creates nothing, not even the data folder.',
      ].join('\n'),
    )
    .argument('<journal...>', 'journal files (.json, .yaml, .yml, .csv, .xlsx)')
    .option('--dry-run', 'check everything against a copy of the store and write nothing')
    .option('--programme <id>', 'programme of a CSV measure list')
    .option('--decision <id>', 'decision the plans of a CSV measure list rest on')
    .option('--municipality <code>', 'CBS code (e.g. GM0118) a CSV measure list writes for')
    .addOption(
      new Option('--unit <unit>', 'unit of a measure list\'s amounts (thousands: "× € 1.000")')
        .choices(AMOUNT_UNITS)
        .default('euros'),
    )
    .option('--sheet <name>', 'sheet of an .xlsx measure list (default: the first)')
    .action(async (files: string[], options: ImportOptions) => {
      const csv = {
        programmeId: options.programme,
        decisionId: options.decision,
        municipality: options.municipality,
        unit: options.unit,
      };
      const journals: Journal[] = [];
      for (const file of files)
        journals.push(await readJournal(file, { csv, ...(options.sheet !== undefined && { sheet: options.sheet }) }));
      const open = options.dryRun === true ? withStoreToCheck : withGrip;
      const summary = await open(globals(), async (grip) => {
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
            // a dry run opens no data folder, so it has no log of imports in progress
            ...('imports' in grip && { importLog: grip.imports }),
          });
        } finally {
          bars.forEach((bar) => bar.stop());
        }
      });
      const verb = summary.dryRun ? 'would write' : 'wrote';
      const already = summary.duplicates > 0 ? `; ${summary.duplicates} already imported` : '';
      for (const warning of summary.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(
        `${summary.dryRun ? 'dry run ok: ' : ''}${summary.journals} journal(s), ${summary.commands} command(s): ${verb} ${summary.events} event(s)${already}\n`,
      );
    });
}
