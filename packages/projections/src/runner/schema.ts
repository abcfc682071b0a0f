import Database from 'better-sqlite3';
import { openVerified } from './integrity.js';

export type ReadModelDb = Database.Database;

/** Read-model tables; all of them (and only they) go into the content hash. */
export const READ_MODEL_TABLES = [
  'rm_checkpoint',
  'rm_applied',
  'rm_stream',
  'rm_measure',
  'rm_year_slice',
  'rm_domain_total',
  'rm_programme_result',
  'rm_fiscal_balance',
  'rm_snapshot',
  'rm_backdated',
  'rm_watermark',
] as const;

/**
 * Bumped whenever a table changes: a read-model file of another version is emptied at open and the
 * runner folds everything again (the read models are derived; the event store is the truth).
 * 2: snapshots, back-dated events and stream watermarks for the as-of path.
 */
export const READ_MODEL_SCHEMA_VERSION = 2;

const DDL = `
CREATE TABLE IF NOT EXISTS rm_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position TEXT NOT NULL, events INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS rm_applied (event_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rm_stream (stream_id TEXT PRIMARY KEY, kind TEXT NOT NULL, municipality TEXT, last_revision INTEGER NOT NULL, state TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rm_stream_municipality ON rm_stream (municipality, kind);
CREATE TABLE IF NOT EXISTS rm_measure (programme_id TEXT NOT NULL, measure_id TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
  domain TEXT NOT NULL, category TEXT NOT NULL, owner TEXT NOT NULL, rag TEXT, lifecycle TEXT, PRIMARY KEY (programme_id, measure_id));
CREATE TABLE IF NOT EXISTS rm_year_slice (programme_id TEXT NOT NULL, year INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (programme_id, year));
CREATE TABLE IF NOT EXISTS rm_domain_total (programme_id TEXT NOT NULL, year INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (programme_id, year));
CREATE TABLE IF NOT EXISTS rm_programme_result (programme_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rm_fiscal_balance (municipality TEXT NOT NULL, year INTEGER NOT NULL, saldo TEXT NOT NULL, projected_saldo TEXT NOT NULL,
  body TEXT NOT NULL, PRIMARY KEY (municipality, year));
CREATE TABLE IF NOT EXISTS rm_snapshot (stream_id TEXT NOT NULL, revision INTEGER NOT NULL, position TEXT NOT NULL, watermark INTEGER NOT NULL,
  state TEXT NOT NULL, PRIMARY KEY (stream_id, revision)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rm_backdated (stream_id TEXT NOT NULL, revision INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
  PRIMARY KEY (stream_id, revision)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rm_watermark (stream_id TEXT PRIMARY KEY, watermark INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * Opens (and creates) the read-model database: a separate SQLite file from the event store. WAL with
 * synchronous=NORMAL: a commit is atomic (rows, applied ids and checkpoint together) but not fsynced on
 * its own; a power loss may roll back the last commits, checkpoint included, and the runner applies
 * those events again from the store. The event store is the durable one: writes through the service
 * pay its fsync only, not a second one per read-model commit.
 */
export function openReadModelDb(
  path = ':memory:',
  options: { readonly?: boolean; onCorrupt?: (movedTo: string, reason: string) => void } = {},
): ReadModelDb {
  // Read-only: for tools that read what a runner (the service's) maintains, never writing beside it.
  if (options.readonly) return new Database(path, { readonly: true, fileMustExist: true });
  const db = openVerified(path, options.onCorrupt);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== READ_MODEL_SCHEMA_VERSION) {
    db.transaction(() => {
      for (const table of READ_MODEL_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
      db.exec(DDL);
      db.pragma(`user_version = ${READ_MODEL_SCHEMA_VERSION}`);
    })();
  }
  return db;
}
