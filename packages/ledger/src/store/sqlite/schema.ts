import type Database from 'better-sqlite3';
import { storeUnavailable } from '../shared/store-failures.js';

/**
 * Schema migrations, applied in order and recorded in schema_migrations, so a later release can add a
 * step without guessing what an existing file holds. Never edit a step once released: add one.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        global_position INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a position is never reused
        stream_id       TEXT    NOT NULL,
        revision        INTEGER NOT NULL,
        event_id        TEXT    NOT NULL UNIQUE,
        type            TEXT    NOT NULL,
        version         INTEGER NOT NULL,
        data            TEXT    NOT NULL, -- JSON exactly as appended
        metadata        TEXT    NOT NULL, -- JSON exactly as appended
        hash            TEXT    NOT NULL,
        previous_hash   TEXT    NOT NULL,
        batch_start     INTEGER NOT NULL, -- first revision of the append call, for idempotent retries
        batch_size      INTEGER NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE TABLE streams (
        stream_id     TEXT    PRIMARY KEY,
        last_revision INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    // Appends, streamRevision and listStreams now read a stream's head from events through the
    // UNIQUE (stream_id, revision) index (see statements.ts), so an append writes no second row.
    // The streams table is DROPPED, not left behind: it held nothing events does not (last_revision was
    // max(revision) of the stream's events, written in the same transaction as them), so no information
    // is lost; and from here on nothing would update it, so a table left behind would go stale with the
    // first append, a trap for anyone reading the file with SQL. No released code reads it after this
    // step: code that knows only version 1 refuses a version-2 file (migrate below), and a version-1
    // process that still has the file open when another migrates it fails its next append on "no such
    // table: streams" inside its transaction, writing nothing, instead of appending after a stale head.
    version: 2,
    sql: `
      DROP TABLE streams;
    `,
  },
  {
    // Hash scheme 2 (chain/hash.ts, docs/anchors.md) also covers the event_id column and the batch
    // fields. Rows already stored keep the scheme-1 hash they were written with, marked 1 here, and
    // keep verifying under it: re-hashing them would replace the evidence with a fresh claim, which is
    // what a forger does. Every row appended from now on is written with the latest scheme.
    version: 3,
    sql: `
      ALTER TABLE events ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the file to the latest schema inside one IMMEDIATE transaction, so two processes opening a new file do not race. */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const { current } = db.prepare('SELECT coalesce(max(version), 0) AS current FROM schema_migrations').get() as {
      current: number;
    };
    if (current > LATEST_SCHEMA_VERSION) {
      throw storeUnavailable(
        `the event store file has schema version ${current}; this code knows up to ${LATEST_SCHEMA_VERSION}`,
      );
    }
    for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
      db.exec(migration.sql);
      db.prepare(
        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
      ).run(migration.version);
    }
  }).immediate();
}
