import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeEventStoreConformance } from '../conformance/event-store-conformance.js';
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
