import { canonicalJson, type AmountUnit, type CommandInput } from '@grip/ledger';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { JournalError, type JournalProblem } from './journal-error.js';
import type { Journal, JournalEntry } from './journal-types.js';
import { MEASURE_CSV_COLUMNS, measureCsvRowSchema, measureIdFromCode, type MeasureCsvRow } from './measure-csv-row.js';
import { describeIssue, pathIssues } from './zod-issues.js';

/** What a measure list does not say itself: whose programme, on which decision, in which unit. */
export type MeasureListOptions = {
  readonly programmeId: string;
  readonly decisionId: string;
  readonly municipality: string;
  /** The unit the amounts are printed in; default euros. Kept in every entry's source reference. */
  readonly unit?: AmountUnit;
};

/** One row as read from a CSV file or a spreadsheet: cell texts by column name, and where it was. */
export type RawMeasureRow = { readonly record: Record<string, string>; readonly line: number };
/** A measure list as read: its column names (header row) and its rows. */
export type RawMeasureTable = { readonly header: readonly string[]; readonly rows: readonly RawMeasureRow[] };

type LocatedRow = MeasureCsvRow & { readonly line: number };

function parseRows(rows: readonly RawMeasureRow[], unit: AmountUnit, problems: JournalProblem[]): LocatedRow[] {
  const schema = measureCsvRowSchema(unit);
  const parsed: LocatedRow[] = [];
  for (const { record, line } of rows) {
    const row = schema.safeParse(record);
    if (row.success) parsed.push({ ...row.data, line });
    else problems.push(...pathIssues(row.error).map((i) => ({ line, problem: `column ${describeIssue(i)}` })));
  }
  return parsed;
}

/** Rows of one measure must agree on what the measure is; each year/nature may appear once. */
function checkConsistent(rows: readonly LocatedRow[], problems: JournalProblem[]): void {
  const [first] = rows;
  for (const row of rows) {
    for (const field of ['title', 'domain', 'category', 'owner', 'parent'] as const) {
      if (row[field] !== first![field])
        problems.push({ line: row.line, problem: `measure ${row.code}: ${field} differs from line ${first!.line}` });
    }
    const twin = rows.find((r) => r !== row && r.year === row.year && r.nature === row.nature && r.line < row.line);
    if (twin)
      problems.push({
        line: row.line,
        problem: `measure ${row.code}: a second ${row.nature} amount for ${row.year} (first on line ${twin.line})`,
      });
  }
}

/**
 * A measure list (one row per measure and budget year, from a CSV file or a spreadsheet) becomes, per
 * measure, a RegisterMeasure and one ReviseMeasurePlan with all its years, on the decision given on the
 * command line. Every problem of the list is reported at once.
 */
export function measureListJournal(
  file: string,
  { header, rows }: RawMeasureTable,
  options: MeasureListOptions,
): Journal {
  const missing = MEASURE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length === 0 || missing.length > 0) {
    const what = missing.length ? ` (missing: ${missing.join(', ')})` : ' (and at least one row)';
    throw new JournalError(file, 1, `a measure list needs the columns ${MEASURE_CSV_COLUMNS.join(';')}${what}`);
  }
  const unit = options.unit ?? 'euros';
  const problems: JournalProblem[] = [];
  const parsed = parseRows(rows, unit, problems);
  const byMeasure = new Map<string, LocatedRow[]>();
  for (const row of parsed) byMeasure.set(row.code, [...(byMeasure.get(row.code) ?? []), row]);
  const entries: JournalEntry[] = [];
  const document = basename(file);
  for (const [code, measureRows] of byMeasure) {
    checkConsistent(measureRows, problems);
    const first = measureRows[0]!;
    const measureId = first.measureId || measureIdFromCode(code);
    if (!measureId) {
      problems.push({ line: first.line, problem: `measure code "${code}" gives no usable id: add a measureId column` });
      continue;
    }
    const base = { programmeId: options.programmeId, measureId };
    // A parent named by its printed code: the id it has in this list, or the id its code gives.
    const parentRow = first.parent === undefined ? undefined : byMeasure.get(first.parent)?.[0];
    const parentMeasureId =
      first.parent === undefined ? undefined : parentRow?.measureId || measureIdFromCode(first.parent);
    const commands: CommandInput[] = [
      {
        type: 'RegisterMeasure',
        data: {
          ...base,
          code,
          title: first.title,
          domain: first.domain,
          category: first.category,
          owner: first.owner,
          ...(parentMeasureId && { parentMeasureId }),
        },
      },
      {
        type: 'ReviseMeasurePlan',
        data: {
          ...base,
          decisionId: options.decisionId,
          lines: measureRows.map((r) => ({ year: r.year, amount: r.amount, nature: r.nature })),
        },
      },
    ];
    const lines = measureRows.map((r) => r.line);
    const location = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
    const source = { document, location, ...(unit !== 'euros' && { unit }) };
    for (const command of commands) {
      entries.push({ index: entries.length, line: first.line, command, reason: `measure list ${document}`, source });
    }
  }
  if (problems.length > 0) throw JournalError.of(file, problems);
  // A list in euros keeps the hash it had before units existed, so re-importing it writes nothing.
  const { programmeId, decisionId, municipality } = options;
  const hashed = { programmeId, decisionId, municipality, ...(unit !== 'euros' && { unit }), rows: parsed };
  const contentHash = createHash('sha256').update(canonicalJson(hashed)).digest('hex');
  return { file, municipality: options.municipality, entries, contentHash };
}
