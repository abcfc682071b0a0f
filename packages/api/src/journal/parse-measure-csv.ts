import { parse } from 'csv-parse/sync';
import { JournalError } from './journal-error.js';
import type { Journal } from './journal-types.js';
import { measureListJournal, type MeasureListOptions, type RawMeasureTable } from './measure-list.js';

/** Dutch Excel writes ';'-separated files (the comma is the decimal sign); plain ',' works too. */
const delimiterOf = (text: string): string => ((text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',');

function readTable(file: string, text: string): RawMeasureTable {
  try {
    const records: Array<{ record: Record<string, string>; info: { lines: number } }> = parse(text, {
      columns: (h: string[]) => h.map((c) => c.trim()),
      delimiter: delimiterOf(text),
      bom: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    });
    const header = Object.keys(records[0]?.record ?? {});
    return { header, rows: records.map(({ record, info }) => ({ record, line: info.lines })) };
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? null;
    throw new JournalError(file, line, `not a valid CSV: ${(e as Error).message}`);
  }
}

/** A CSV measure list (";" or ","), one row per measure and budget year; see measure-list.ts. */
export const parseMeasureCsv = (file: string, text: string, options: MeasureListOptions): Journal =>
  measureListJournal(file, readTable(file, text), options);
