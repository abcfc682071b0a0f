import { CANONICAL, formatMoney, moneyOf } from '@grip/ledger';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Column, Report } from './report-types.js';

export type OutputFormat = 'table' | 'csv' | 'json';
export type OutputLocale = 'plain' | 'nl';

/** Money cells are canonical strings, P.M. markers or null; only real amounts get the locale's notation. */
function showMoney(value: Cell, locale: OutputLocale, grouped: boolean): string {
  if (value === null) return '';
  const text = String(value);
  if (!CANONICAL.test(text)) return text;
  const decimals = text.includes('.') ? 2 : 0;
  const shown = formatMoney(moneyOf(text), { locale, decimals });
  return grouped || locale === 'plain' ? shown : shown.replace(/\./g, '');
}

const show = (column: Column, value: Cell, locale: OutputLocale, grouped: boolean): string =>
  column.kind === 'money' ? showMoney(value, locale, grouped) : value === null ? '' : String(value);

function renderTable(report: Report, locale: OutputLocale): string {
  const cells = report.rows.map((row) => report.columns.map((c) => show(c, row[c.key] ?? null, locale, true)));
  const widths = report.columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (report.columns[i]!.kind === 'text' ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  const header = line(report.columns.map((c) => c.header));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = cells.length ? cells.map(line).join('\n') : '(no rows)';
  return `${report.title}\n\n${header}\n${rule}\n${body}\n`;
}

/** locale nl: ';' between fields and a decimal comma without grouping, so Dutch Excel reads numbers as numbers. */
function renderCsv(report: Report, locale: OutputLocale): string {
  const rows = report.rows.map((row) => report.columns.map((c) => show(c, row[c.key] ?? null, locale, false)));
  return stringify([report.columns.map((c) => c.key), ...rows], { delimiter: locale === 'nl' ? ';' : ',' });
}

export function renderReport(report: Report, format: OutputFormat, locale: OutputLocale): string {
  if (format === 'json') return `${JSON.stringify(report.json, null, 2)}\n`;
  return format === 'csv' ? renderCsv(report, locale) : renderTable(report, locale);
}
