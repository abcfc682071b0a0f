import { verifyStore, type StoredEvent } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { join } from 'node:path';

export type StoreCheck = {
  readonly events: StoredEvent[];
  readonly verifyOk: boolean;
  readonly verifyDetail: string;
  has(eventId: string): boolean;
};

/** Opens the data folder's event store as a fresh process would after a crash, reads it whole and verifies it. */
export async function checkStore(dataDir: string): Promise<StoreCheck> {
  const store = openSqliteEventStore({ path: join(dataDir, 'grip.sqlite') });
  try {
    const events: StoredEvent[] = [];
    for await (const e of store.readAll()) events.push(e);
    const report = await verifyStore(store);
    const ids = new Set(events.map((e) => e.metadata.eventId));
    return {
      events,
      verifyOk: report.ok,
      verifyDetail: report.ok ? 'ok' : JSON.stringify(report.breaks.slice(0, 3)),
      has: (id) => ids.has(id),
    };
  } finally {
    await store.close();
  }
}
