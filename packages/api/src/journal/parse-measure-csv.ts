import { canonicalJson, type CommandInput } from '@grip/ledger';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { JournalError } from './journal-error.js';
import type { Journal, JournalEntry } from './journal-types.js';
import { MEASURE_CSV_COLUMNS, measureCsvRowSchema, measureIdFromCode, type MeasureCsvRow } from './measure-csv-row.js';
import { firstIssue } from './zod-issues.js';

/** What a measure list does not say itself: whose programme, on which decision. */
export type MeasureCsvOptions = {
  readonly programmeId: string;
  readonly decisionId: string;
  readonly municipality: string;
};

type LocatedRow = MeasureCsvRow & { readonly line: number };

/** Dutch Excel writes ';'-separated files (the comma is the decimal sign); plain ',' works too. */
const delimiterOf = (text: string): string => ((text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',');

function readRows(file: string, text: string): LocatedRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      columns: (h: string[]) => h.map((c) => c.trim()),
      delimiter: delimiterOf(text),
      bom: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    });
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? null;
    throw new JournalError(file, line, `not a valid CSV: ${(e as Error).message}`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = MEASURE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (records.length === 0 || missing.length > 0) {
    throw new JournalError(
      file,
      1,
      `a measure list needs the columns ${MEASURE_CSV_COLUMNS.join(';')}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
    );
  }
  return records.map(({ record, info }) => {
    const row = measureCsvRowSchema.safeParse(record);
    if (!row.success) throw new JournalError(file, info.lines, `column ${firstIssue(row.error).text}`);
    return { ...row.data, line: info.lines };
  });
}

/** Rows of one measure must agree on what the measure is; each year/nature may appear once. */
function checkConsistent(file: string, rows: readonly LocatedRow[]): void {
  const [first] = rows;
  for (const row of rows) {
    for (const field of ['title', 'domain', 'category', 'owner'] as const) {
      if (row[field] !== first![field])
        throw new JournalError(file, row.line, `measure ${row.code}: ${field} differs from line ${first!.line}`);
    }
    const twin = rows.find((r) => r !== row && r.year === row.year && r.nature === row.nature && r.line < row.line);
    if (twin)
      throw new JournalError(
        file,
        row.line,
        `measure ${row.code}: a second ${row.nature} amount for ${row.year} (first on line ${twin.line})`,
      );
  }
}

/**
 * A measure list (one row per measure and budget year) becomes, per measure, a RegisterMeasure and
 * one ReviseMeasurePlan with all its years, on the decision given on the command line.
 */
export function parseMeasureCsv(file: string, text: string, options: MeasureCsvOptions): Journal {
  const rows = readRows(file, text);
  const byMeasure = new Map<string, LocatedRow[]>();
  for (const row of rows) byMeasure.set(row.code, [...(byMeasure.get(row.code) ?? []), row]);
  const entries: JournalEntry[] = [];
  const document = basename(file);
  for (const [code, measureRows] of byMeasure) {
    checkConsistent(file, measureRows);
    const first = measureRows[0]!;
    const measureId = first.measureId || measureIdFromCode(code);
    if (!measureId)
      throw new JournalError(file, first.line, `measure code "${code}" gives no usable id: add a measureId column`);
    const base = { programmeId: options.programmeId, measureId };
    const commands: CommandInput[] = [
      {
        type: 'RegisterMeasure',
        data: { ...base, code, title: first.title, domain: first.domain, category: first.category, owner: first.owner },
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
    for (const command of commands) {
      entries.push({
        index: entries.length,
        line: first.line,
        command,
        reason: `measure list ${document}`,
        source: { document, location },
      });
    }
  }
  const contentHash = createHash('sha256')
    .update(canonicalJson({ ...options, rows }))
    .digest('hex');
  return { file, municipality: options.municipality, entries, contentHash };
}
