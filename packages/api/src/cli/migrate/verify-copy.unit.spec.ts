import { createMemoryEventStore, type EventStore, type StoredEvent } from '@grip/ledger';
import { createEventFixtures } from '@grip/ledger/testing/conformance';
import { describe, expect, it } from 'vitest';
import { copyLedger } from './copy-ledger.js';
import { verifyCopy } from './verify-copy.js';

async function sourceLedger(): Promise<EventStore> {
  const store = createMemoryEventStore();
  const f = createEventFixtures('copy');
  await store.append(f.stream('a'), f.batch(3), 'no-stream');
  await store.append(f.stream('b'), f.batch(1), 'no-stream');
  await store.append(f.stream('a'), f.batch(2), 2);
  return store;
}

/** The same store, but reporting its events as written under hash scheme 1 (with other hashes). */
function asSchemeOne(store: EventStore): EventStore {
  const old = (e: StoredEvent): StoredEvent => ({ ...e, hashVersion: 1, hash: `v1-${e.hash}` });
  return {
    ...store,
    readStream: async (id, range) => (await store.readStream(id, range)).map(old),
    async *readAll(options) {
      for await (const e of store.readAll(options)) yield old(e);
    },
  };
}

describe('grip migrate: copy and verification (memory stores)', () => {
  it('copies batch for batch and finds the copy identical, hashes included', async () => {
    const source = await sourceLedger();
    const target = createMemoryEventStore();
    expect(await copyLedger(source, target)).toEqual({ events: 6, copied: 6, alreadyThere: 0 });
    const [a] = await target.readStream('programme-copy-a');
    expect([a!.batchStart, a!.batchSize]).toEqual([0, 3]);
    expect(await verifyCopy(source, target)).toEqual({ ok: true, streams: 2, events: 6, rechained: 0, problems: [] });
    expect(await copyLedger(source, target)).toEqual({ events: 6, copied: 0, alreadyThere: 6 }); // resumable
  });

  it('names what differs when the target does not hold the same events', async () => {
    const source = await sourceLedger();
    const target = createMemoryEventStore();
    const f = createEventFixtures('copy');
    await target.append(f.stream('a'), f.batch(3), 'no-stream');
    const check = await verifyCopy(source, target);
    expect(check.ok).toBe(false);
    expect(check.problems).toContain('programme-copy-a: 3 event(s) in the target, 5 in the source');
    expect(check.problems.some((p) => p.includes('missing in the target'))).toBe(true);
  });

  it('accepts re-chained hashes for streams written under an older hash scheme, and counts them', async () => {
    const source = asSchemeOne(await sourceLedger());
    const target = createMemoryEventStore();
    await copyLedger(source, target);
    expect(await verifyCopy(source, target)).toMatchObject({ ok: true, rechained: 2 });
  });
});
