import type { StoredEvent } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { eventBuilder } from './event-builder.js';
import { recordHoogeveenProgramme } from './hoogeveen.js';
import { createTestStore } from './memory-store.js';

const hoogeveen = () => {
  const b = eventBuilder();
  recordHoogeveenProgramme(b);
  return b.events;
};

const collect = async (events: AsyncIterable<StoredEvent>) => {
  const out: StoredEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
};

describe('the test store (the ledger memory store with put)', () => {
  it("given a builder's events, when put into an empty test store, then the store holds them at the builder's positions", async () => {
    const events = hoogeveen();
    const store = createTestStore(events);
    const read = await collect(store.readAll());
    expect(read.map((e) => [e.position, e.streamId, e.revision, e.metadata.eventId])).toEqual(
      events.map((e) => [e.position, e.streamId, e.revision, e.metadata.eventId]),
    );
    expect(store.all.map((e) => e.position)).toEqual(events.map((e) => e.position));
    expect(await store.headPosition()).toBe(events.at(-1)!.position);
    expect(store.comparePositions(events[9]!.position, events[10]!.position)).toBeLessThan(0);
  });

  it('given a subscription that has caught up, when more events are put, then they are delivered live in order', async () => {
    const events = hoogeveen();
    const store = createTestStore(events.slice(0, 5));
    const seen: string[] = [];
    const subscription = store.subscribe((e) => void seen.push(e.metadata.eventId));
    await subscription.caughtUp;
    expect(seen).toHaveLength(5);
    store.put(events.slice(5));
    await expect.poll(() => seen.length).toBe(events.length);
    expect(seen).toEqual(events.map((e) => e.metadata.eventId));
    await subscription.close();
  });

  it('given an event put out of turn, when the store is read, then the store refuses it and every later call fails', async () => {
    const events = hoogeveen();
    const store = createTestStore(events.slice(0, 3));
    store.put([{ ...events[3]!, revision: 7 }]);
    await expect(store.readStream('programme-hv-2022')).rejects.toMatchObject({
      name: 'StoreFailure',
      error: { code: 'CONCURRENCY_CONFLICT' },
    });
    await expect(store.headPosition()).rejects.toMatchObject({
      name: 'StoreFailure',
      error: { code: 'CONCURRENCY_CONFLICT' },
    });
  });

  it('given an event id already stored, when put again, then it is refused rather than silently dropped', async () => {
    const events = hoogeveen();
    const store = createTestStore(events.slice(0, 3));
    store.put([{ ...events[3]!, metadata: { ...events[3]!.metadata, eventId: events[0]!.metadata.eventId } }]);
    await expect(store.readStream('programme-hv-2022')).rejects.toThrow(events[0]!.metadata.eventId);
  });
});
