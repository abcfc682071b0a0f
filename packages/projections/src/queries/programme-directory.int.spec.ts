import type { EventStore } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionQueries } from './queries.js';

/** The store, counting reads of a stream's first event only (how a programme's municipality is found). */
function countingFirstReads(store: EventStore): { store: EventStore; firstReads: () => number } {
  let count = 0;
  const counted: EventStore = Object.create(store) as EventStore;
  counted.readStream = (streamId, options) => {
    if (options?.toRevision === 0) count++;
    return store.readStream(streamId, options);
  };
  return { store: counted, firstReads: () => count };
}

describe("finding a municipality's programmes", () => {
  it("reads each programme's opening once, and still finds programmes opened later", async () => {
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    recordHoogeveenBalance(b);
    const testStore = createTestStore(b.events);
    const { store, firstReads } = countingFirstReads(testStore);
    const q = createProjectionQueries(store);

    const first = await q.fiscalBalance('GM0118', 2025);
    expect(firstReads()).toBe(1);
    expect(await q.fiscalBalance('GM0118', 2025)).toEqual(first);
    expect(firstReads()).toBe(1);

    const before = b.events.length;
    recordHoogeveenProgramme(b, 'hv-2026');
    testStore.put(b.events.slice(before));
    const withSecond = await q.fiscalBalance('GM0118', 2025);
    expect(firstReads()).toBe(2);
    expect(withSecond.plannedStructuralSavings).not.toBe(first.plannedStructuralSavings);
  });
});
