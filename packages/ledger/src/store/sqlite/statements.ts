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
};

/**
 * The columns a read hands out, as better-sqlite3 raw rows (arrays): no per-row object with twelve named
 * properties, and neither batch column, which only appends need.
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
];

const READ_COLUMNS = 'global_position, stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash';

export type InsertParams = Omit<EventRow, 'global_position'>;

type Stmt<P extends unknown[], R = unknown> = Database.Statement<P, R>;
type BatchMemberRow = Pick<EventRow, 'stream_id' | 'revision' | 'global_position' | 'batch_start' | 'batch_size'>;

export type Statements = {
  readonly insertEvent: Stmt<[InsertParams]>;
  readonly upsertStream: Stmt<[string, number]>;
  readonly streamRevision: Stmt<[string], { last_revision: number }>;
  readonly hashAt: Stmt<[string, number], { hash: string }>;
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
    insertEvent: db.prepare<[InsertParams]>(
      `INSERT INTO events (stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash, batch_start, batch_size)
       VALUES (@stream_id, @revision, @event_id, @type, @version, @data, @metadata, @hash, @previous_hash, @batch_start, @batch_size)`,
    ),
    upsertStream: db.prepare<[string, number]>(
      'INSERT INTO streams (stream_id, last_revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET last_revision = excluded.last_revision',
    ),
    streamRevision: db.prepare<[string], { last_revision: number }>('SELECT last_revision FROM streams WHERE stream_id = ?'),
    hashAt: db.prepare<[string, number], { hash: string }>('SELECT hash FROM events WHERE stream_id = ? AND revision = ?'),
    batchMember: db.prepare<[string], BatchMemberRow>(
      'SELECT stream_id, revision, global_position, batch_start, batch_size FROM events WHERE event_id = ?',
    ),
    eventById: db.prepare<[string], EventRow>('SELECT * FROM events WHERE event_id = ?'),
    streamRange: db
      .prepare<[string, number, number], ReadRow>(`SELECT ${READ_COLUMNS} FROM events WHERE stream_id = ? AND revision BETWEEN ? AND ? ORDER BY revision`)
      .raw(true),
    allPage: db
      .prepare<[number, number, number], ReadRow>(`SELECT ${READ_COLUMNS} FROM events WHERE global_position > ? AND global_position <= ? ORDER BY global_position LIMIT ?`)
      .raw(true),
    streamsPage: db.prepare<[string, number], { stream_id: string; last_revision: number }>(
      'SELECT stream_id, last_revision FROM streams WHERE stream_id > ? ORDER BY stream_id LIMIT ?',
    ),
    head: db.prepare<[], { head: number | null }>('SELECT max(global_position) AS head FROM events'),
    ping: db.prepare<[], { one: number }>('SELECT 1 AS one'),
  };
}
