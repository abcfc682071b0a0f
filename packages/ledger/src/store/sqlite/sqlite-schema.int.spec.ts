import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEvent } from '../../chain/hash.js';
import { verifyStore } from '../../chain/verify.js';
import type { NewEvent } from '../../events/envelope.js';
import { asGiven, collect, expectStoreFailure } from '../conformance/conformance-context.js';
import { createEventFixtures } from '../conformance/event-fixtures.js';
import { chainBatch } from '../shared/chain-batch.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './schema.js';
import { openSqliteEventStore } from './sqlite-event-store.js';
import { SQL } from './statements.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newPath = (name: string) => join(dir, `${name}-${files++}.sqlite`);

/** The version-1 schema exactly as released; files in the field hold it. */
const VERSION_1_SQL = `
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
    `;

/**
 * A file as the version-1 adapter left it: schema by hand, and every append written the way that adapter
 * wrote it (chained rows in events, the stream's last revision upserted into streams).
 */
function writeVersion1File(
  path: string,
  appends: ReadonlyArray<{ stream: string; events: readonly NewEvent[] }>,
): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.exec(VERSION_1_SQL);
    db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (1, '2024-04-15T09:00:00.000Z')").run();
    const insert = db.prepare(
      `INSERT INTO events (stream_id, revision, event_id, type, version, data, metadata, hash, previous_hash, batch_start, batch_size)
       VALUES (@streamId, @revision, @eventId, @type, @version, @dataJson, @metadataJson, @hash, @previousHash, @batchStart, @batchSize)`,
    );
    const upsert = db.prepare(
      'INSERT INTO streams (stream_id, last_revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET last_revision = excluded.last_revision',
    );
    for (const { stream, events } of appends) {
      db.transaction(() => {
        const last = (
          db.prepare('SELECT last_revision FROM streams WHERE stream_id = ?').get(stream) as
            { last_revision: number } | undefined
        )?.last_revision;
        const previous =
          last === undefined
            ? GENESIS_HASH
            : (
                db.prepare('SELECT hash FROM events WHERE stream_id = ? AND revision = ?').get(stream, last) as {
                  hash: string;
                }
              ).hash;
        // Version 1 hashed with scheme 1 (no event id, no batch fields): re-chain what chainBatch placed.
        let link = previous;
        const chained = chainBatch(stream, (last ?? -1) + 1, previous, events).map((e) => {
          const hash = hashEvent(link, { ...e, data: JSON.parse(e.dataJson), metadata: JSON.parse(e.metadataJson) });
          const row = { ...e, previousHash: link, hash };
          link = hash;
          return row;
        });
        for (const { hashVersion: _scheme, ...e } of chained) insert.run(e);
        upsert.run(stream, chained[chained.length - 1]!.revision);
      }).immediate();
    }
  } finally {
    db.close();
  }
}

function tablesOf(path: string): { tables: string[]; versions: number[] } {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
    return { tables, versions };
  } finally {
    db.close();
  }
}

describe('SQLite store: schema migrations', () => {
  it('migration 1 is still the released version-1 schema (migrations are never edited, only added)', () => {
    const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();
    expect(normalise(MIGRATIONS[0]!.sql)).toBe(normalise(VERSION_1_SQL));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(3);
  });

  it('a new file has no streams table: everything about a stream comes from events', async () => {
    const path = newPath('fresh');
    await openSqliteEventStore({ path }).close();
    expect(tablesOf(path)).toEqual({ tables: ['events', 'schema_migrations'], versions: [1, 2, 3] });
  });

  it('a version-1 file (populated streams table) migrates to the latest version and keeps reading, appending, deduplicating and verifying', async () => {
    const path = newPath('v1');
    const f = createEventFixtures('v1');
    const [long, short] = [f.stream('long'), f.stream('short')];
    const first = f.batch(3);
    const second = f.batch(2);
    const other = f.batch(1);
    writeVersion1File(path, [
      { stream: long, events: first },
      { stream: short, events: other },
      { stream: long, events: second },
    ]);
    expect(tablesOf(path)).toEqual({ tables: ['events', 'schema_migrations', 'streams'], versions: [1] });

    const store = openSqliteEventStore({ path });
    try {
      expect(tablesOf(path)).toEqual({ tables: ['events', 'schema_migrations'], versions: [1, 2, 3] });
      // Reads of what version 1 wrote.
      expect((await store.readStream(long)).map(asGiven)).toEqual(
        [...first, ...second].map((e) => ({ type: e.type, version: e.version, data: e.data, metadata: e.metadata })),
      );
      expect(await store.streamRevision(long)).toBe(4);
      expect(await store.streamRevision(short)).toBe(0);
      expect(await store.streamRevision(f.stream('absent'))).toBeNull();
      expect(await collect(store.listStreams())).toEqual([
        { streamId: long, lastRevision: 4 },
        { streamId: short, lastRevision: 0 },
      ]);
      const head = await store.headPosition();

      // Retrying a version-1 batch returns its original result and writes nothing.
      expect(await store.append(long, second, 2)).toMatchObject({
        firstRevision: 3,
        lastRevision: 4,
        position: '6',
        duplicate: true,
      });
      expect(await store.append(long, second, 'any')).toMatchObject({
        firstRevision: 3,
        lastRevision: 4,
        position: '6',
        duplicate: true,
      });
      await expectStoreFailure(store.append(short, first, 'any'), 'IDEMPOTENCY_CONFLICT');
      expect(await store.headPosition()).toBe(head);

      // New appends continue revisions and the hash chain where version 1 left them.
      const stale = await expectStoreFailure(store.append(long, f.batch(1), 3), 'CONCURRENCY_CONFLICT');
      expect(stale.actual).toBe(4);
      expect(await store.append(long, f.batch(2), 4)).toMatchObject({
        firstRevision: 5,
        lastRevision: 6,
        duplicate: false,
      });
      expect(await store.append(short, f.batch(1), 'stream-exists')).toMatchObject({
        firstRevision: 1,
        lastRevision: 1,
      });
      const events = await store.readStream(long);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(events[5]!.previousHash).toBe(events[4]!.hash);
      // What version 1 wrote keeps its scheme-1 hash; what is appended now is hashed with scheme 2.
      expect(events.map((e) => e.hashVersion)).toEqual([1, 1, 1, 1, 1, 2, 2]);
      expect(await collect(store.listStreams())).toEqual([
        { streamId: long, lastRevision: 6 },
        { streamId: short, lastRevision: 1 },
      ]);
      const report = await verifyStore(store);
      expect(report.breaks).toEqual([]);
      expect(report.eventsChecked).toBe(9); // seven in the long stream, two in the short one
    } finally {
      await store.close();
    }

    // Opening again runs no step twice.
    const again = openSqliteEventStore({ path });
    try {
      expect(await again.streamRevision(long)).toBe(6);
      expect(tablesOf(path).versions).toEqual([1, 2, 3]);
    } finally {
      await again.close();
    }
  });

  it('a file from a newer release is refused, not changed', async () => {
    const path = newPath('future');
    await openSqliteEventStore({ path }).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (99, '2030-01-01T00:00:00.000Z')").run();
    db.close();
    expect(() => openSqliteEventStore({ path })).toThrow(/schema version 99/);
  });
});

describe('SQLite store: every stream-level query is served by the (stream_id, revision) index', () => {
  const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);

  it('the stream head, the stream revision and a page of streams search the index and never scan events', async () => {
    const path = newPath('plans');
    const f = createEventFixtures('plans');
    const store = openSqliteEventStore({ path });
    await store.append(f.stream('a'), f.batch(3), 'no-stream');
    await store.close();
    const db = new Database(path, { readonly: true });
    try {
      const index = /USING (COVERING )?INDEX sqlite_autoindex_events_2 \(stream_id/;
      const head = plan(db, SQL.streamHead, 'x');
      expect(head).toEqual([expect.stringMatching(index)]); // no temporary B-tree: the index delivers revisions in order
      expect(plan(db, SQL.streamRevision, 'x')).toEqual([
        expect.stringMatching(/USING COVERING INDEX sqlite_autoindex_events_2 \(stream_id=\?\)/),
      ]);
      const page = plan(db, SQL.streamsPage, '', 500);
      const searches = page.filter((d) => /events/.test(d));
      expect(searches).toHaveLength(3); // first stream, next stream, last revision of each
      for (const detail of searches)
        expect(detail).toMatch(/^SEARCH events USING COVERING INDEX sqlite_autoindex_events_2 \(stream_id[>=]\?\)$/);
      expect(page.filter((d) => /^SCAN events/.test(d))).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('listStreams pages through more streams than a page holds, in id order, each with its last revision', async () => {
    const path = newPath('pages');
    const f = createEventFixtures('pages');
    const store = openSqliteEventStore({ path, synchronous: 'NORMAL' });
    try {
      const expected: { streamId: string; lastRevision: number }[] = [];
      for (let i = 0; i < 1000; i++) {
        const streamId = f.stream(`s${String(i).padStart(4, '0')}`);
        await store.append(streamId, f.batch(1 + (i % 3)), 'no-stream');
        expected.push({ streamId, lastRevision: i % 3 });
      }
      expect(await collect(store.listStreams())).toEqual(expected); // exactly two full pages, then an empty one
      await store.append(f.stream('s0999'), f.batch(1), 'stream-exists');
      await store.append(f.stream('s1000'), f.batch(1), 'no-stream');
      expected[999] = { streamId: f.stream('s0999'), lastRevision: 1 };
      expected.push({ streamId: f.stream('s1000'), lastRevision: 0 });
      expect(await collect(store.listStreams())).toEqual(expected);
    } finally {
      await store.close();
    }
  });
});

describe('SQLite store: the idempotency lookup runs only when an append cannot go through as it is', () => {
  it('a re-sent batch whose expected revision still holds (any, or the current revision) is found after the insert refuses it, and nothing is written', async () => {
    const path = newPath('resend');
    const f = createEventFixtures('resend');
    const stream = f.stream('s');
    const store = openSqliteEventStore({ path });
    try {
      const batch = f.batch(3);
      const original = await store.append(stream, batch, 'no-stream');
      const head = await store.headPosition();
      expect(await store.append(stream, batch, 'any')).toEqual({ ...original, duplicate: true });
      expect(await store.append(stream, batch, 2)).toEqual({ ...original, duplicate: true });
      expect(await store.append(stream, batch, 'stream-exists')).toEqual({ ...original, duplicate: true });
      // Partly stored with the stored id last: the first insert succeeds and is rolled back with the rest.
      const error = await expectStoreFailure(
        store.append(stream, [f.savingRealised(), batch[0]!], 'any'),
        'IDEMPOTENCY_CONFLICT',
      );
      expect(error.eventId).toBe(batch[0]!.metadata.eventId);
      const repeated = f.savingRealised();
      await expectStoreFailure(
        store.append(stream, [repeated, f.savingRealised(), repeated], 2),
        'IDEMPOTENCY_CONFLICT',
      );
      expect(await store.headPosition()).toBe(head);
      expect(await store.streamRevision(stream)).toBe(2);
      expect((await verifyStore(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a stored batch re-sent with an event the chain refuses is still reported by id first (as when the lookup ran up front)', async () => {
    const path = newPath('precedence');
    const f = createEventFixtures('precedence');
    const stream = f.stream('s');
    const store = openSqliteEventStore({ path });
    try {
      const batch = f.batch(2);
      const original = await store.append(stream, batch, 'no-stream');
      const withFloat = { ...batch[1]!, data: { measureId: 'm1', year: 2022, amount: 1234.5 } } as unknown as NewEvent;
      expect(await store.append(stream, [batch[0]!, withFloat], 'any')).toEqual({ ...original, duplicate: true });
      await expectStoreFailure(store.append(stream, [withFloat], 'any'), 'IDEMPOTENCY_CONFLICT');
      await expect(
        store.append(
          stream,
          [f.savingRealised(), { ...withFloat, metadata: { ...withFloat.metadata, eventId: 'new-id' } }],
          'any',
        ),
      ).rejects.toThrow(/safe integers/);
      expect(await store.streamRevision(stream)).toBe(1);
    } finally {
      await store.close();
    }
  });
});
