import type { Table } from '../../export/table.js';

/**
 * A projection made printable: its table (the API export's own, from export/projection-tables.ts) for
 * CSV and the terminal, and the projection itself for JSON.
 */
export type Report = {
  readonly title: string;
  readonly table: Table;
  readonly json: unknown;
};
