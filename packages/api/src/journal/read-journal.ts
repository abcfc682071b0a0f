import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { JournalError } from './journal-error.js';
import type { Journal } from './journal-types.js';
import { parseMeasureCsv, type MeasureCsvOptions } from './parse-measure-csv.js';
import { parseStructuredJournal } from './parse-structured.js';

export type ReadJournalOptions = { readonly csv?: Partial<MeasureCsvOptions> };

/** Reads a journal file by its extension: .json, .yaml/.yml, or .csv (a measure list). */
export async function readJournal(file: string, options: ReadJournalOptions = {}): Promise<Journal> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new JournalError(
      file,
      null,
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return parseStructuredJournal(file, text, 'json');
  if (extension === '.yaml' || extension === '.yml') return parseStructuredJournal(file, text, 'yaml');
  if (extension === '.csv') {
    const { programmeId, decisionId, municipality } = options.csv ?? {};
    if (!programmeId || !decisionId || !municipality) {
      throw new JournalError(file, null, 'a CSV measure list needs --programme, --decision and --municipality');
    }
    return parseMeasureCsv(file, text, { programmeId, decisionId, municipality });
  }
  throw new JournalError(
    file,
    null,
    `unknown journal format "${extension || '(none)'}": use .json, .yaml, .yml or .csv`,
  );
}
