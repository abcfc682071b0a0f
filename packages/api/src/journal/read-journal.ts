import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { JournalError } from './journal-error.js';
import type { Journal } from './journal-types.js';
import type { MeasureListOptions } from './measure-list.js';
import { parseMeasureCsv } from './parse-measure-csv.js';
import { parseStructuredJournal } from './parse-structured.js';
import { readMeasureXlsx } from './read-measure-xlsx.js';

export type ReadJournalOptions = {
  /** For measure lists (.csv, .xlsx): programme, decision, municipality, unit. */
  readonly csv?: Partial<MeasureListOptions>;
  /** The sheet of an .xlsx measure list; default the first. */
  readonly sheet?: string;
};

const FORMATS = '.json, .yaml, .yml, .csv or .xlsx';

function measureListOptions(file: string, options: ReadJournalOptions): MeasureListOptions {
  const { programmeId, decisionId, municipality, unit } = options.csv ?? {};
  if (!programmeId || !decisionId || !municipality) {
    throw new JournalError(file, null, 'a measure list (.csv, .xlsx) needs --programme, --decision and --municipality');
  }
  return { programmeId, decisionId, municipality, ...(unit !== undefined && { unit }) };
}

/** Reads a journal file by its extension: .json, .yaml/.yml, or a measure list in .csv or .xlsx. */
export async function readJournal(file: string, options: ReadJournalOptions = {}): Promise<Journal> {
  const extension = extname(file).toLowerCase();
  if (!['.json', '.yaml', '.yml', '.csv', '.xlsx'].includes(extension))
    throw new JournalError(file, null, `unknown journal format "${extension || '(none)'}": use ${FORMATS}`);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new JournalError(file, null, `cannot read the file (${reason})`);
  }
  if (extension === '.xlsx')
    return readMeasureXlsx(file, content, {
      ...measureListOptions(file, options),
      ...(options.sheet !== undefined && { sheet: options.sheet }),
    });
  const text = content.toString('utf8');
  if (extension === '.csv') return parseMeasureCsv(file, text, measureListOptions(file, options));
  return parseStructuredJournal(file, text, extension === '.json' ? 'json' : 'yaml');
}
