/**
 * How a column is written: money is formatted per locale, text is guarded against spreadsheet formulas,
 * yes-no is yes/no (ja/nee in Dutch).
 */
export type ColumnKind = 'text' | 'integer' | 'money' | 'yes-no';
export type Cell = string | number | boolean | null | undefined;
/**
 * A column of a projection's table. `name` heads it in CSV (the JSON field name); `header`, when given,
 * heads it in the CLI's terminal table, which shows only the columns that have one.
 */
export type Column<R> = {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly value: (row: R) => Cell;
  readonly header?: string;
};

/** A report flattened for CSV (API exports and CLI alike): named, typed columns and one array of cells per row. */
export type Table = {
  readonly columns: ReadonlyArray<{ readonly name: string; readonly kind: ColumnKind; readonly header?: string }>;
  readonly rows: ReadonlyArray<readonly Cell[]>;
};

export function toTable<R>(columns: ReadonlyArray<Column<R>>, rows: readonly R[]): Table {
  return {
    columns: columns.map(({ name, kind, header }) => (header === undefined ? { name, kind } : { name, kind, header })),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}

const column =
  (kind: ColumnKind) =>
  <R>(name: string, value: (row: R) => Cell, header?: string): Column<R> =>
    header === undefined ? { name, kind, value } : { name, kind, value, header };

export const text = column('text');
export const integer = column('integer');
export const money = column('money');
export const yesNoColumn = column('yes-no');
