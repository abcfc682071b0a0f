import { CANONICAL, formatMoney, moneyOf } from '@grip/ledger';
import { stringify } from 'csv-stringify/sync';
import { dutchHeader, yesNo } from './dutch-headers.js';
import type { Cell, ColumnKind, Table } from './table.js';

/**
 * The one CSV writer: the API's exports (`?format=csv`) and `grip report --format csv` both write
 * through it, so the same table gives the same bytes from either.
 */
export type CsvLocale = 'plain' | 'nl';

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and mangles "€" and "ë". */
const BOM = '\uFEFF';

/**
 * plain: the canonical amount as stored ("1900000", "-646765.5").
 * nl: Dutch Excel expects a decimal comma. Amounts stay exact: always two decimals, no thousands
 * separator, no rounding (they have at most two decimals already), so "1900000" is written
 * 1900000,00 and "-646765.5" -646765,50. Markers such as "PM" are not amounts and stay as they are.
 */
function moneyCell(value: string, locale: CsvLocale): string {
  if (locale === 'plain' || !CANONICAL.test(value)) return value;
  return formatMoney(moneyOf(value), { locale: 'nl', decimals: 2, grouping: false });
}

/** A text cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell, kind: ColumnKind, locale: CsvLocale): string {
  if (value === null || value === undefined) return '';
  if (kind === 'money') return moneyCell(String(value), locale);
  if (kind === 'integer') return String(value);
  if (kind === 'yes-no') return yesNo(value === true, locale);
  const textValue = String(value);
  return FORMULA_START.test(textValue) ? `'${textValue}` : textValue;
}

/**
 * A UTF-8 BOM, a header row, CRLF line ends; for nl ';' between fields and Dutch headers (the column
 * names, which are the JSON field names, otherwise).
 */
export function toCsv(table: Table, locale: CsvLocale): string {
  const header = table.columns.map((c) => (locale === 'nl' ? dutchHeader(c.name) : c.name));
  const rows = table.rows.map((row) => row.map((value, i) => cell(value, table.columns[i]!.kind, locale)));
  return BOM + stringify([header, ...rows], { delimiter: locale === 'nl' ? ';' : ',', record_delimiter: 'windows' });
}
