import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventFixtures, describeEventStoreConformance } from '../conformance/event-store-conformance.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-conformance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeEventStoreConformance('sqlite', async () => {
  const path = join(dir, `store-${files++}.sqlite`);
  return {
    store: openSqliteEventStore({ path, pollIntervalMs: 20 }),
    openAnother: async () => openSqliteEventStore({ path, pollIntervalMs: 20 }),
  };
});

describe('SQLite store: readAll pages instead of holding a cursor open', () => {
  it('lets the same store append while a long readAll is in progress (no statement spans an await)', async () => {
    const store = openSqliteEventStore({ path: join(dir, `paging-${files++}.sqlite`) });
    const f = createEventFixtures('paging');
    try {
      for (let i = 0; i < 12; i++)
        await store.append(f.stream('long'), f.batch(100), i === 0 ? 'no-stream' : i * 100 - 1);
      let read = 0;
      for await (const event of store.readAll({ batchSize: 250 })) {
        read++;
        // better-sqlite3 refuses any write while a statement iterator is open on the connection.
        if (event.revision === 600) await store.append(f.stream('side'), f.batch(1), 'no-stream');
      }
      expect(read).toBe(1201); // the side event was appended after the cursor, so the reader sees it too
    } finally {
      await store.close();
    }
  });
});
