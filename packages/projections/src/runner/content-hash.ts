import { createHash } from 'node:crypto';
import { READ_MODEL_TABLES, type ReadModelDb } from './schema.js';

/**
 * sha256 over every read-model table, rows in primary-key order: two databases with the same hash hold
 * the same read models (how a rebuild is checked against the incremental run).
 */
export function contentHash(db: ReadModelDb): string {
  const hash = createHash('sha256');
  for (const table of READ_MODEL_TABLES) {
    hash.update(`#${table}\n`);
    // Every table's primary key is its leading column(s); ORDER BY all columns is total and stable.
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    for (const row of db
      .prepare(`SELECT * FROM ${table} ORDER BY ${columns.join(', ')}`)
      .raw()
      .iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
