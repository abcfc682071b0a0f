import type Database from 'better-sqlite3';

/** One row of the events table as SQLite returns it. */
export type EventRow = {
  global_position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  version: number;
  data: string;
  metadata: string;
  hash: string;
  previous_hash: string;
  batch_start: number;
  batch_size: number;
  hash_version: number;
};

/**
 * The columns a read hands out, as better-sqlite3 raw rows (arrays): no per-row object with named
 * properties. The batch columns and the hash scheme come along because scheme-2 hashes cover them.
 */
export type ReadRow = readonly [
  globalPosition: number,
  streamId: string,
  revision: number,
  eventId: string,
  type: string,
  version: number,
  data: string,
  metadata: string,
  hash: string,
  previousHash: string,
  batchStart: number,
  batchSize: number,
  hashVersion: number,
];

const READ_COLUMNS =
  'global_position, stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash, batch_start, batch_size, hash_version';

/**
 * The inserted columns in the order of SQL.insertEvent: a read row without its position (which SQLite
 * assigns), bound by position: better-sqlite3 binds an array of twelve values in about two thirds of the
 * time it takes to look up twelve named parameters.
 */
export type InsertParams = ReadRow extends readonly [number, ...infer Rest] ? Rest : never;

type Stmt<P extends unknown[], R = unknown> = Database.Statement<P, R>;
type BatchMemberRow = Pick<EventRow, 'stream_id' | 'revision' | 'global_position' | 'batch_start' | 'batch_size'>;

/**
 * The SQL of every statement, exported so a test can check each plan (EXPLAIN QUERY PLAN) against a real
 * file. Everything about a stream as a whole comes from the UNIQUE (stream_id, revision) index of events
 * (SQLite names it sqlite_autoindex_events_2): there is no separate table of streams to keep in step.
 */
export const SQL = {
  insertEvent: `INSERT INTO events (stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash, batch_start, batch_size, hash_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /** The last event of a stream, both what an append checks (revision) and what it chains to (hash): one index descent. */
  streamHead: 'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
  /** Answered from the index alone (max() of an index column is one descent); one row, null when there is no stream. */
  streamRevision: 'SELECT max(revision) AS last_revision FROM events WHERE stream_id = ?',
  batchMember: 'SELECT stream_id, revision, global_position, batch_start, batch_size FROM events WHERE event_id = ?',
  eventById: 'SELECT * FROM events WHERE event_id = ?',
  streamRange: `SELECT ${READ_COLUMNS} FROM events WHERE stream_id = ? AND revision BETWEEN ? AND ? ORDER BY revision`,
  allPage: `SELECT ${READ_COLUMNS} FROM events WHERE global_position > ? AND global_position <= ? ORDER BY global_position LIMIT ?`,
  /**
   * The next page of streams after a stream id (keyset paging), as a skip scan over the index: the
   * recursive step jumps to the next distinct stream_id (min(stream_id) > previous, one descent) and each
   * stream's last revision is one more descent, so a page costs two probes per stream whatever the
   * streams' lengths. (A GROUP BY stream_id would read every index entry of every stream listed: on a
   * million events in 5,000 streams, 210 ms for the whole list against 35 ms this way; the version-1
   * streams table, which every append had to write, listed them in 8 ms.) The LIMIT inside
   * the CTE stops the recursion after a page; the final NULL row marks the end of the index. The ORDER BY
   * sorts at most one page.
   */
  streamsPage: `WITH RECURSIVE page(stream_id) AS (
         SELECT (SELECT min(stream_id) FROM events WHERE stream_id > ?)
         UNION ALL
         SELECT (SELECT min(stream_id) FROM events WHERE stream_id > page.stream_id) FROM page WHERE page.stream_id IS NOT NULL
         LIMIT ?
       )
       SELECT stream_id, (SELECT max(revision) FROM events WHERE events.stream_id = page.stream_id) AS last_revision
       FROM page WHERE stream_id IS NOT NULL ORDER BY stream_id`,
  head: 'SELECT max(global_position) AS head FROM events',
  ping: 'SELECT 1 AS one',
} as const;

export type Statements = {
  readonly insertEvent: Stmt<InsertParams>;
  readonly streamHead: Stmt<[string], { revision: number; hash: string }>;
  readonly streamRevision: Stmt<[string], { last_revision: number | null }>;
  readonly batchMember: Stmt<[string], BatchMemberRow>;
  readonly eventById: Stmt<[string], EventRow>;
  readonly streamRange: Stmt<[string, number, number], ReadRow>;
  readonly allPage: Stmt<[number, number, number], ReadRow>;
  readonly streamsPage: Stmt<[string, number], { stream_id: string; last_revision: number }>;
  readonly head: Stmt<[], { head: number | null }>;
  readonly ping: Stmt<[], { one: number }>;
};

/** Every statement the store runs, prepared once per connection and reused for the store's lifetime. */
export function prepareStatements(db: Database.Database): Statements {
  return {
    insertEvent: db.prepare<InsertParams>(SQL.insertEvent),
    streamHead: db.prepare<[string], { revision: number; hash: string }>(SQL.streamHead),
    streamRevision: db.prepare<[string], { last_revision: number | null }>(SQL.streamRevision),
    batchMember: db.prepare<[string], BatchMemberRow>(SQL.batchMember),
    eventById: db.prepare<[string], EventRow>(SQL.eventById),
    streamRange: db.prepare<[string, number, number], ReadRow>(SQL.streamRange).raw(true),
    allPage: db.prepare<[number, number, number], ReadRow>(SQL.allPage).raw(true),
    streamsPage: db.prepare<[string, number], { stream_id: string; last_revision: number }>(SQL.streamsPage),
    head: db.prepare<[], { head: number | null }>(SQL.head),
    ping: db.prepare<[], { one: number }>(SQL.ping),
  };
}
