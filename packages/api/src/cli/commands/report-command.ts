import { Argument, Option, type Command } from 'commander';
import { usageError } from '../cli-error.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';
import { parseAsOf } from '../report/as-of.js';
import { openReportQueries } from '../report/report-queries.js';
import { buildReport, PROJECTIONS, type ProjectionName, type ReportRequest } from '../report/choose-report.js';
import { reportProgrammeKey } from '../report/report-programme.js';
import { writeFile } from 'node:fs/promises';
import { csvWithManifest, exportAnchor, jsonWithManifest } from '../../export/manifest.js';
import { toXlsx } from '../../export/xlsx.js';
import { renderReport, type OutputFormat, type OutputLocale } from '../report/render.js';

type ReportOptions = {
  programme?: string;
  municipality?: string;
  asOf?: string;
  from?: string;
  to?: string;
  compareAt?: string;
  year?: string;
  years?: string;
  format: OutputFormat | 'xlsx';
  locale?: OutputLocale;
  output?: string;
};

function parseYears(text: string): { from: number; to: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
  if (!match) throw usageError(`--years takes YYYY or YYYY-YYYY, not "${text}"`);
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (to < from) throw usageError(`--years ${text} runs backwards`);
  return { from, to };
}

function toRequest(projection: ProjectionName, o: ReportOptions): ReportRequest {
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    throw usageError(`--year takes a year such as 2025, not "${o.year}"`);
  return {
    projection,
    ...(o.programme && { programmeId: o.programme }),
    ...(o.municipality && { municipality: o.municipality }),
    ...(o.asOf && { asOf: parseAsOf(o.asOf) }),
    ...(o.from && { from: parseAsOf(o.from, '--from') }),
    ...(o.to && { to: parseAsOf(o.to, '--to') }),
    ...(o.compareAt && { compareAt: parseAsOf(o.compareAt, '--compare-at') }),
    ...(o.year && { year: Number(o.year) }),
    ...(o.years && { years: parseYears(o.years) }),
  };
}

export function registerReport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('report')
    .summary('print a projection as a table, CSV or JSON, as known now or at any moment')
    .description(
      [
        'Computes a projection from the event store.',
        '  year-slices, domain-totals, result, diff   need --programme',
        '  measures     per measure and year: plan, realised, variance, P.M.,',
        '               not attributable (-), over plan; --programme',
        '  fiscal-balance                             needs --municipality',
        '  audit, reconciliation                      --programme or --municipality',
        '--as-of, --from and --to take an ISO date-time, a date (the end of',
        'that day in Dutch time) or a P&C moment of the municipality (e.g.',
        '2021-initieel).',
        "--format csv writes what the API's CSV export writes: a UTF-8 BOM,",
        'CRLF line ends, amounts as stored (1900000, -646765.5) or, with',
        '--locale nl, ";" and two decimals without grouping (1900000,00);',
        "text starting with = + - or @ gets a leading ' (no spreadsheet formulas).",
        'With --locale nl the CSV has Dutch headers and ja/nee.',
        '--format xlsx writes an Excel sheet (Dutch headers, numeric euro cells,',
        'frozen header row) to --output, or to stdout when it is not a terminal.',
        'CSV and JSON carry a manifest (the sha256 of the content and the anchor',
        'of the ledger they were computed at): the last CSV line, or the JSON',
        '{ "manifest", "report" } wrapper. Check a saved file with',
        '  grip verify --export <file>',
      ].join('\n'),
    )
    .addArgument(new Argument('<projection>', 'which projection').choices(PROJECTIONS))
    .option('--programme <id>', 'programme id, e.g. hoogeveen-herontwerp')
    .option(
      '--municipality <code>',
      'CBS municipality code, e.g. GM0118; with --programme, whose programme (needed when several use the id)',
    )
    .option('--as-of <moment>', 'report as known at this moment (default: now)')
    .option('--from <moment>', 'diff: the earlier moment')
    .option('--to <moment>', 'diff: the later moment')
    .option(
      '--compare-at <moment>',
      "reconciliation: compare every stated total as known at this moment, not at its own knownAt (the 'compared at' column says which was used)",
    )
    .option('--year <yyyy>', 'domain-totals, measures: one budget year (default: every year of the period)')
    .option('--years <yyyy-yyyy>', 'fiscal-balance: these years (default: the years with figures)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'),
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .addOption(
      new Option('--locale <locale>', 'nl: Dutch notation (tables 1.234,56; CSV ";" and 1234,56)').choices([
        'nl',
        'plain',
      ]),
    )
    .action(async (projection: ProjectionName, options: ReportOptions) => {
      const request = toRequest(projection, options);
      const { report, anchor } = await withGrip(globals(), async (grip) => {
        const reads = await openReportQueries(grip);
        try {
          if (globals().verbose) process.stderr.write(`grip: ${reads.source}\n`);
          const programmeKey =
            request.programmeId === undefined
              ? undefined
              : await reportProgrammeKey(grip, request.programmeId, request.municipality);
          const built = await buildReport(
            reads.queries,
            { ...request, ...(programmeKey !== undefined && { programmeKey }) },
            grip.clock.now(),
          );
          // Taken after the report, so the anchor holds every event the report reflects.
          const head = options.format === 'table' ? null : await grip.ledgerHead.current();
          return { report: built, anchor: head && exportAnchor(head, grip.clock.now()) };
        } finally {
          reads.close();
        }
      });
      const locale = options.locale ?? 'plain';
      const out =
        options.format === 'xlsx'
          ? await toXlsx(report.table, projection, anchor ?? undefined)
          : anchor !== null && options.format === 'json'
            ? jsonWithManifest(report.json, anchor)
            : anchor !== null
              ? csvWithManifest(renderReport(report, 'csv', locale), anchor)
              : renderReport(report, options.format, locale);
      if (options.output !== undefined) await writeFile(options.output, out);
      else if (typeof out !== 'string' && process.stdout.isTTY)
        throw usageError('--format xlsx writes a binary file: add --output <file.xlsx> or redirect stdout');
      else process.stdout.write(out);
    });
}
