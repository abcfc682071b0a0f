import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreFailure } from '../../errors/store-error.js';
import type { NewEvent } from '../../events/envelope.js';
import { createEventFixtures } from '../conformance/event-fixtures.js';
import { migrate } from './schema.js';
import { createSqliteAppend } from './sqlite-append.js';
import { createSqliteAppendEach } from './sqlite-append-each.js';
import { openSqliteEventStore } from './sqlite-event-store.js';
import { prepareStatements } from './statements.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-append-each-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newPath = () => join(dir, `each-${files++}.sqlite`);
const codeOf = (error: unknown) => (error instanceof StoreFailure ? error.error.code : String(error));

describe('SQLite appendEach: many appends, one transaction', () => {
  it('given a refused request in the middle, when the group commits, then only that request is left out', async () => {
    const store = openSqliteEventStore({ path: newPath() });
    const { savingRealised } = createEventFixtures('each-a');
    try {
      const outcomes = await store.appendEach!([
        { streamId: 'programme-a', events: [savingRealised()], expected: 'no-stream' },
        { streamId: 'programme-b', events: [savingRealised()], expected: 5 },
        { streamId: 'programme-a', events: [savingRealised(), savingRealised()], expected: 0 },
      ]);
      expect(
        outcomes.map((o) => (o.ok ? `${o.result.firstRevision}-${o.result.lastRevision}` : codeOf(o.error))),
      ).toEqual(['0-0', 'CONCURRENCY_CONFLICT', '1-2']);
      expect((await store.readStream('programme-a')).map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(await store.streamRevision('programme-b')).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('given the same batch twice in one group, then the second is the first one found again, not a second write', async () => {
    const store = openSqliteEventStore({ path: newPath() });
    const batch = [createEventFixtures('each-b').savingRealised()];
    try {
      const [first, second] = await store.appendEach!([
        { streamId: 'programme-a', events: batch, expected: 'no-stream' },
        { streamId: 'programme-a', events: batch, expected: 'no-stream' },
      ]);
      expect(first).toMatchObject({ ok: true, result: { duplicate: false, firstRevision: 0 } });
      expect(second).toMatchObject({ ok: true, result: { duplicate: true, firstRevision: 0 } });
      expect(await store.readStream('programme-a')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('given a malformed request (a float amount), then it alone is refused with the TypeError append throws', async () => {
    const store = openSqliteEventStore({ path: newPath() });
    const { savingRealised } = createEventFixtures('each-c');
    const float = { ...savingRealised(), data: { measureId: 'm1', year: 2022, amount: 0.1 } } as unknown as NewEvent;
    try {
      const outcomes = await store.appendEach!([
        { streamId: 'programme-a', events: [float], expected: 'any' },
        { streamId: 'programme-b', events: [savingRealised()], expected: 'any' },
      ]);
      expect(outcomes[0]).toMatchObject({ ok: false, error: expect.any(TypeError) });
      expect(outcomes[1]).toMatchObject({ ok: true });
    } finally {
      await store.close();
    }
  });

  it('given the disk fills up mid-group (SQLITE_FULL), then the whole group fails and nothing of it is written', () => {
    const db = new Database(newPath());
    const { savingRealised } = createEventFixtures('each-d');
    try {
      db.pragma('journal_mode = WAL');
      migrate(db);
      const appendEach = createSqliteAppendEach(db, createSqliteAppend(db, prepareStatements(db)));
      appendEach([{ streamId: 'programme-a', events: [savingRealised()], expected: 'no-stream' }]);
      // The file may not grow: the small first request fits in its pages, the large second one cannot.
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const large = { ...savingRealised(), metadata: { ...savingRealised().metadata, reason: 'x'.repeat(200_000) } };
      expect(() =>
        appendEach([
          { streamId: 'programme-a', events: [savingRealised()], expected: 0 },
          { streamId: 'programme-b', events: [large], expected: 'no-stream' },
        ]),
      ).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
      const count = () => (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
      expect(count()).toBe(1);
      expect(db.inTransaction).toBe(false);

      db.pragma('max_page_count = 1000000');
      const retried = appendEach([{ streamId: 'programme-a', events: [savingRealised()], expected: 0 }]);
      expect(retried[0]).toMatchObject({ ok: true, result: { firstRevision: 1 } });
      expect(count()).toBe(2);
    } finally {
      db.close();
    }
  });
});
