import Database from 'better-sqlite3';
import type { Position, StoredEvent } from '../../events/envelope.js';
import { compareDecimalPositions, parseDecimalPosition } from '../shared/decimal-positions.js';
import { storeUnavailable } from '../shared/store-failures.js';
import { createSubscriptionRegistry } from '../shared/subscription-registry.js';
import type { AtomicAppend } from '../atomic-append.js';
import type { EventStore, ReadAllOptions, ReadStreamOptions, StreamInfo } from '../port.js';
import { acquireCommitSignal } from './commit-signal.js';
import { readRowToStoredEvent, toStoredEvent } from './row-mapping.js';
import { migrate } from './schema.js';
import { guard, translateSqliteError } from './sqlite-errors.js';
import { createSqliteAppend } from './sqlite-append.js';
import { createSqliteAtomicAppend } from './sqlite-atomic-append.js';
import { createSqliteAppendEach } from './sqlite-append-each.js';
import { prepareStatements } from './statements.js';

export type SqliteEventStoreOptions = {
  /** The database file; created with the schema when missing. */
  readonly path: string;
  /** FULL (default) fsyncs every commit: an acknowledged append survives power loss. NORMAL may lose the last commits. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often subscriptions look for appends made by other processes. Default 200 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before failing STORE_UNAVAILABLE. Default 10 s. */
  readonly busyTimeoutMs?: number;
};

const DEFAULT_PAGE = 500;
const PAGE_LIMIT = 10_000;

/**
 * Event store on one SQLite file through one better-sqlite3 connection per store instance. Calls are
 * synchronous underneath; the port's promises keep the API the same as for networked stores. WAL lets
 * readers (other processes, subscriptions) run while one writer appends.
 */
export function openSqliteEventStore(options: SqliteEventStoreOptions): EventStore & AtomicAppend {
  const db = guard(() => new Database(options.path));
  try {
    guard(() => {
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 10_000))}`);
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
      migrate(db);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = prepareStatements(db);
  const appendNow = createSqliteAppend(db, statements);
  const appendAllNow = createSqliteAtomicAppend(db, appendNow);
  const appendEachNow = createSqliteAppendEach(db, appendNow);
  const commits = acquireCommitSignal(options.path);
  let closed = false;

  /** Every call goes through here: a closed store fails STORE_UNAVAILABLE, SQLite errors get typed. */
  const run = <T>(operation: () => T): T => {
    if (closed) throw storeUnavailable(`the SQLite event store ${options.path} is closed`);
    return guard(operation);
  };

  /** Pages by primary key so no statement stays open across an await (the connection would be busy). */
  async function* readAfter(
    after: Position | undefined,
    upTo?: Position,
    batchSize = DEFAULT_PAGE,
  ): AsyncGenerator<StoredEvent> {
    let cursor = after === undefined ? 0 : parseDecimalPosition(after);
    const end = upTo === undefined ? Number.MAX_SAFE_INTEGER : parseDecimalPosition(upTo);
    const page = Math.min(Math.max(1, Math.trunc(batchSize)), PAGE_LIMIT);
    for (;;) {
      const rows = run(() => statements.allPage.all(cursor, end, page));
      for (const row of rows) yield readRowToStoredEvent(row);
      if (rows.length < page) return;
      cursor = rows[rows.length - 1]![0];
    }
  }

  const subscriptions = createSubscriptionRegistry({
    readAfter: (after) => readAfter(after),
    onAppend: commits.signal.onAppend,
    pollIntervalMs: options.pollIntervalMs ?? 200,
  });

  return {
    async append(streamId, events, expected) {
      const result = run(() => appendNow(streamId, events, expected));
      if (!result.duplicate) commits.signal.notify();
      return result;
    },
    async appendAtomically(batches) {
      const results = run(() => appendAllNow(batches));
      if (results.some((r) => !r.duplicate)) commits.signal.notify();
      return results;
    },
    async appendEach(requests) {
      const outcomes = run(() => appendEachNow(requests));
      if (outcomes.some((o) => o.ok && !o.result.duplicate)) commits.signal.notify();
      return outcomes;
    },
    async readStream(streamId, range: ReadStreamOptions = {}) {
      const rows = run(() =>
        statements.streamRange.all(
          streamId,
          Math.max(0, range.fromRevision ?? 0),
          range.toRevision ?? Number.MAX_SAFE_INTEGER,
        ),
      );
      return rows.map(readRowToStoredEvent);
    },
    async streamRevision(streamId) {
      return run(() => statements.streamRevision.get(streamId)?.last_revision ?? null);
    },
    readAll(read: ReadAllOptions = {}) {
      return readAfter(read.after, read.upTo, read.batchSize);
    },
    subscribe(handler, from = {}) {
      run(() => undefined);
      return subscriptions.start(handler, from.after);
    },
    async findEvent(eventId) {
      const row = run(() => statements.eventById.get(eventId));
      return row ? toStoredEvent(row) : null;
    },
    async *listStreams(): AsyncGenerator<StreamInfo> {
      let cursor = '';
      for (;;) {
        const rows = run(() => statements.streamsPage.all(cursor, DEFAULT_PAGE));
        for (const row of rows) yield { streamId: row.stream_id, lastRevision: row.last_revision };
        if (rows.length < DEFAULT_PAGE) return;
        cursor = rows[rows.length - 1]!.stream_id;
      }
    },
    async headPosition() {
      const head = run(() => statements.head.get()?.head ?? null);
      return head === null ? null : (String(head) as Position);
    },
    comparePositions: compareDecimalPositions,
    async ping() {
      run(() => statements.ping.get());
    },
    async close() {
      if (closed) return;
      await subscriptions.closeAll();
      closed = true;
      commits.release();
      try {
        db.close(); // the last connection to close checkpoints the WAL into the main file
      } catch (error) {
        throw translateSqliteError(error);
      }
    },
  };
}
