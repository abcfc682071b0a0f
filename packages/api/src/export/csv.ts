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
 * 1900000,00 and "-646765.5" -646765,50. Markers such as "PM" are not amounts: they are written as text.
 */
function moneyCell(value: string, locale: CsvLocale): string {
  if (locale === 'plain') return value;
  return formatMoney(moneyOf(value), { locale: 'nl', decimals: 2, grouping: false });
}

/** A text cell starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const INTEGER = /^-?\d+$/;

/**
 * The one guard, on every cell that is not a well-formed number: a money column passes only canonical
 * amounts unguarded and an integer column only integers, so text that reaches such a column (the diff
 * puts titles and owners in old/new) is guarded like any text cell.
 */
function cell(value: Cell, kind: ColumnKind, locale: CsvLocale): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  if (kind === 'money' && CANONICAL.test(raw)) return moneyCell(raw, locale);
  if (kind === 'integer' && INTEGER.test(raw)) return raw;
  if (kind === 'yes-no' && typeof value === 'boolean') return yesNo(value, locale);
  return FORMULA_START.test(raw) ? `'${raw}` : raw;
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
