import { dutchCsvAmount, isPlainAmount } from '../format/money.js';

export type CsvCell = string | number | null;

/** Text starting with = + - @ would run as a formula in a spreadsheet (CSV injection): it gets a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = (cell: CsvCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number' || isPlainAmount(cell)) return dutchCsvAmount(String(cell));
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
};

/**
 * A table as the CSV Dutch Excel opens without an import wizard: UTF-8 with a byte-order mark,
 * semicolons between fields, decimal commas, CRLF line ends, every field quoted when it needs to be,
 * and no text that a spreadsheet would run as a formula.
 */
export function toDutchCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const field = (cell: CsvCell): string => {
    const text = cellText(cell);
    return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(field).join(';'));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Offers text as a file download (an object URL, so no data leaves the browser). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
