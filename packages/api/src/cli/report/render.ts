import { CANONICAL, formatMoney, moneyOf } from '@grip/ledger';
import { toCsv, type CsvLocale } from '../../export/csv.js';
import { yesNo } from '../../export/dutch-headers.js';
import type { Table } from '../../export/table.js';
import type { Cell, Column, Report } from './report-types.js';

export type OutputFormat = 'table' | 'csv' | 'json';
export type OutputLocale = CsvLocale;

/** Money cells are canonical strings, P.M. markers or null; only real amounts get the locale's notation. */
function showMoney(value: Cell, locale: OutputLocale): string {
  if (value === null) return '';
  const text = String(value);
  if (!CANONICAL.test(text)) return text;
  return formatMoney(moneyOf(text), { locale, decimals: text.includes('.') ? 2 : 0 });
}

const show = (column: Column, value: Cell, locale: OutputLocale): string =>
  column.kind === 'money'
    ? showMoney(value, locale)
    : value === null
      ? ''
      : column.kind === 'yes-no'
        ? yesNo(value === true, locale)
        : String(value);

function renderTable(report: Report, locale: OutputLocale): string {
  const cells = report.rows.map((row) => report.columns.map((c) => show(c, row[c.key] ?? null, locale)));
  const widths = report.columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (report.columns[i]!.kind === 'text' ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const header = line(report.columns.map((c) => c.header));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = cells.length ? cells.map(line).join('\n') : '(no rows)';
  return `${report.title}\n\n${header}\n${rule}\n${body}\n`;
}

/** The report's rows as the shared CSV writer's table: one column per report column, named by its key. */
export const reportTable = (report: Report): Table => ({
  columns: report.columns.map((c) => ({ name: c.key, kind: c.kind })),
  rows: report.rows.map((row) => report.columns.map((c) => row[c.key] ?? null)),
});

export function renderReport(report: Report, format: OutputFormat, locale: OutputLocale): string {
  if (format === 'json') return `${JSON.stringify(report.json, null, 2)}\n`;
  return format === 'csv' ? toCsv(reportTable(report), locale) : renderTable(report, locale);
}
