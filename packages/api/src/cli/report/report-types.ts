import type { ColumnKind } from '../../export/table.js';

/**
 * The kinds are the shared CSV writer's: money gets the locale's notation, integers are written as
 * they are, text is left as is in tables and guarded against spreadsheet formulas in CSV.
 * `key` names the column in CSV, `header` in the table.
 */
export type Column = { readonly key: string; readonly header: string; readonly kind: ColumnKind };

export type Cell = string | number | boolean | null;
export type Row = Readonly<Record<string, Cell>>;

/** A projection made printable: rows for table and CSV, and the projection itself for JSON. */
export type Report = {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly json: unknown;
};

export const money = (key: string, header = key): Column => ({ key, header, kind: 'money' });
export const text = (key: string, header = key): Column => ({ key, header, kind: 'text' });
export const count = (key: string, header = key): Column => ({ key, header, kind: 'integer' });
export const yesNo = (key: string, header = key): Column => ({ key, header, kind: 'yes-no' });
