import ExcelJS from 'exceljs';
import { JournalError } from './journal-error.js';
import type { Journal } from './journal-types.js';
import { measureListJournal, type MeasureListOptions, type RawMeasureRow } from './measure-list.js';

/**
 * The text of a cell as the measure list reads it. A number cell is written with a decimal comma,
 * because the list is read as Dutch (1234.5 in a cell is "1234,5", never 12345); its shortest exact
 * decimal form is used, so 33.333333 stays itself and is refused for its decimals, never rounded.
 * A formula gives its cached result; rich text its plain text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return cellText(value.result ?? null);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * A measure list in an .xlsx workbook: the first sheet (or the one named), with the header row of a
 * CSV measure list on row 1 and one row per measure and budget year. Line numbers are sheet rows.
 */
export async function readMeasureXlsx(
  file: string,
  content: Buffer,
  options: MeasureListOptions & { readonly sheet?: string },
): Promise<Journal> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (e) {
    throw new JournalError(file, null, `not a readable .xlsx workbook: ${(e as Error).message}`);
  }
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new JournalError(file, null, `no sheet ${options.sheet ?? ''} in the workbook (sheets: ${names || 'none'})`);
  }
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col] = cellText(cell.value).trim()));
  const rows: RawMeasureRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const record: Record<string, string> = {};
    header.forEach((name, col) => {
      if (name) record[name] = cellText(row.getCell(col).value).trim();
    });
    if (Object.values(record).some((v) => v !== '')) rows.push({ record, line });
  });
  return measureListJournal(file, { header: header.filter(Boolean), rows }, options);
}
