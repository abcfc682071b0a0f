import { CANONICAL, formatMoney, moneyOf } from '@grip/ledger';
import { toCsv, type CsvLocale } from '../../export/csv.js';
import { yesNo } from '../../export/dutch-headers.js';
import type { Cell, Table } from '../../export/table.js';
import { terminalCell, terminalText } from '../terminal-text.js';
import type { Report } from './report-types.js';

export type OutputFormat = 'table' | 'csv' | 'json';
export type OutputLocale = CsvLocale;

/** Money cells are canonical strings, P.M. markers or null; only real amounts get the locale's notation. */
function showMoney(value: Cell, locale: OutputLocale): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (!CANONICAL.test(text)) return text;
  return formatMoney(moneyOf(text), { locale, decimals: text.includes('.') ? 2 : 0 });
}

type Shown = { readonly header: string; readonly kind: Table['columns'][number]['kind']; readonly index: number };

/** A cell as the terminal shows it: control characters in stored text are escaped, never sent raw. */
const show = (column: Shown, value: Cell, locale: OutputLocale): string =>
  terminalCell(
    column.kind === 'money'
      ? showMoney(value, locale)
      : value === null || value === undefined
        ? ''
        : column.kind === 'yes-no'
          ? yesNo(value === true, locale)
          : String(value),
  );

/** The terminal view: the table's columns that have a header, aligned; money in the locale's notation. */
function renderTable(report: Report, locale: OutputLocale): string {
  const shown = report.table.columns.flatMap((c, index): Shown[] =>
    c.header === undefined ? [] : [{ header: c.header, kind: c.kind, index }],
  );
  const cells = report.table.rows.map((row) => shown.map((c) => show(c, row[c.index], locale)));
  const widths = shown.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (shown[i]!.kind === 'text' ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const header = line(shown.map((c) => c.header));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = cells.length ? cells.map(line).join('\n') : '(no rows)';
  return `${terminalText(report.title)}\n\n${header}\n${rule}\n${body}\n`;
}

/** CSV is the API export's: the same table through the same writer, every column. */
export function renderReport(report: Report, format: OutputFormat, locale: OutputLocale): string {
  if (format === 'json') return `${JSON.stringify(report.json, null, 2)}\n`;
  return format === 'csv' ? toCsv(report.table, locale) : renderTable(report, locale);
}
