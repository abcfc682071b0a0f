/**
 * How a column is written: money is formatted per locale, text is guarded against spreadsheet formulas,
 * yes-no is yes/no (ja/nee in Dutch).
 */
export type ColumnKind = 'text' | 'integer' | 'money' | 'yes-no';
export type Cell = string | number | boolean | null | undefined;
export type Column<R> = { readonly name: string; readonly kind: ColumnKind; readonly value: (row: R) => Cell };

/** A report flattened for CSV (API exports and CLI alike): named, typed columns and one array of cells per row. */
export type Table = {
  readonly columns: ReadonlyArray<{ readonly name: string; readonly kind: ColumnKind }>;
  readonly rows: ReadonlyArray<readonly Cell[]>;
};

export function toTable<R>(columns: ReadonlyArray<Column<R>>, rows: readonly R[]): Table {
  return {
    columns: columns.map(({ name, kind }) => ({ name, kind })),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}

export const text = <R>(name: string, value: (row: R) => Cell): Column<R> => ({ name, kind: 'text', value });
export const integer = <R>(name: string, value: (row: R) => Cell): Column<R> => ({ name, kind: 'integer', value });
export const money = <R>(name: string, value: (row: R) => Cell): Column<R> => ({ name, kind: 'money', value });
export const yesNoColumn = <R>(name: string, value: (row: R) => boolean | null): Column<R> => ({
  name,
  kind: 'yes-no',
  value,
});
