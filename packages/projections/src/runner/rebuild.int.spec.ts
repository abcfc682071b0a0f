import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, StoredEvent } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import fc from 'fast-check';
import { mergeSorted } from './rebuild.js';
import { largestFirst, newQueueCounter, sharedStreamQueue } from './stream-queue.js';

// Worker threads load the compiled worker, so this runs against dist: vitest's global setup builds it
// first, and a missing worker fails the run instead of skipping it.
const worker = new URL('../../dist/runner/rebuild-worker.js', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'grip-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sqliteStoreWith(events: readonly StoredEvent[], path: string) {
  const store = openSqliteEventStore({ path });
  for (const e of events) {
    const event = { type: e.type, version: e.version, data: e.data, metadata: e.metadata } as NewEvent;
    await store.append(e.streamId, [event], e.revision === 0 ? 'no-stream' : e.revision - 1);
  }
  return store;
}

describe('mergeSorted', () => {
  it("equals sorting all the threads' ids together", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 6 }), { maxLength: 40 }), { maxLength: 4 }), (runs) => {
        const sortedRuns = runs.map((r) => [...r].sort());
        expect(mergeSorted(sortedRuns)).toEqual(runs.flat().sort());
      }),
    );
  });
});

describe('a stream begun after the head position', () => {
  it('is left to the incremental runner: no row for it in the rebuild', async () => {
    const { createMemoryEventStore } = await import('@grip/ledger');
    const { foldPartition } = await import('./fold-partition.js');
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    const store = createMemoryEventStore();
    const appendAll = async (events: readonly StoredEvent[]) => {
      for (const e of events)
        await store.append(
          e.streamId,
          [{ type: e.type, version: e.version, data: e.data, metadata: e.metadata } as NewEvent],
          e.revision === 0 ? 'no-stream' : e.revision - 1,
        );
    };
    await appendAll(b.events);
    const head = (await store.headPosition())!;
    const before = b.events.length;
    recordHoogeveenProgramme(b, 'hv-later');
    await appendAll(b.events.slice(before));
    const ids = ['programme-hv-2022', 'programme-hv-later'];
    let i = 0;
    const result = await foldPartition(store, { next: () => ids[i++] }, head, 1000);
    expect(result.ok && result.folded.map((f) => f.rows.streamId)).toEqual(['programme-hv-2022']);
    expect(result.ok && result.applied.length).toBe(before);
  });
});

describe('the shared stream queue', () => {
  it('hands out the largest streams first', () => {
    expect(
      largestFirst([
        { streamId: 'd', lastRevision: 0 },
        { streamId: 'b', lastRevision: 5 },
        { streamId: 'a', lastRevision: 9 },
        { streamId: 'c', lastRevision: 5 },
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives every stream to exactly one of the threads that share its counter', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `s${i}`);
    const counter = newQueueCounter();
    const [first, second] = [sharedStreamQueue(ids, counter), sharedStreamQueue(ids, counter)];
    const taken: string[] = [];
    for (let turn = 0; ; turn++) {
      const id = (turn % 3 === 0 ? second : first).next();
      if (id === undefined) break;
      taken.push(id);
    }
    expect(taken).toEqual(ids);
    expect(second.next()).toBeUndefined();
  });
});

describe('parallel rebuild (dist)', () => {
  beforeAll(() => {
    if (!existsSync(worker)) throw new Error(`${worker.pathname} is missing: build @grip/projections first`);
  });

  it('gives the same read models in two threads as in one and as the incremental run', async () => {
    const { createProjectionRunner } = await import('@grip/projections');
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    recordHoogeveenBalance(b);
    recordHoogeveenProgramme(b, 'hv-2026');
    const path = join(dir, 'events.sqlite');
    const store = await sqliteStoreWith(b.events, path);
    const recipe = { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } };
    const parallel = createProjectionRunner({ store, parallel: { workers: 2, store: recipe }, snapshotEvery: 5 });
    const progress: Array<{ done: number; total: number }> = [];
    const report = await parallel.rebuild({ onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ workers: 2, events: b.events.length });
    // Progress in streams, never backwards, ending at the total (3 streams: two programmes, one municipality).
    expect(progress.every((p, i) => p.total === 3 && (i === 0 || p.done >= progress[i - 1]!.done))).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
    const incremental = createProjectionRunner({ store, snapshotEvery: 5 });
    await incremental.start();
    await incremental.stop();
    expect(parallel.contentHash()).toBe(incremental.contentHash());
    const sequential = createProjectionRunner({ store, snapshotEvery: 5 });
    const counted: Array<{ done: number; total: number }> = [];
    expect(await sequential.rebuild({ onProgress: (p) => counted.push(p) })).toMatchObject({
      workers: 1,
      events: b.events.length,
    });
    expect(counted.map((p) => p.done)).toEqual([...counted.map((p) => p.done)].sort((a, b) => a - b));
    expect(counted.at(-1)).toEqual({ done: 3, total: 3 });
    expect(sequential.contentHash()).toBe(incremental.contentHash());
    expect(parallel.readModels.yearSlices('hv-2022').map((s) => s.planned)).toEqual([
      '250000',
      '750000',
      '1750000',
      '1900000',
    ]);
    await store.close();
  });

  it('stops on the earliest unreadable event', async () => {
    const { createProjectionRunner } = await import('@grip/projections');
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    b.append('municipality-GM0118', 'IncomeRecorded', { year: 2020, source: 'buig', amount: '1', basis: 'realised' });
    const path = join(dir, 'bad.sqlite');
    const store = await sqliteStoreWith(b.events, path);
    // An event of a type this ledger does not know, as a newer writer could have stored.
    await store.append(
      'municipality-GM0118',
      [
        {
          type: 'FutureThing',
          version: 1,
          data: {},
          metadata: { ...b.events[0]!.metadata, eventId: 'evt-future' },
        } as unknown as NewEvent,
      ],
      0,
    );
    const runner = createProjectionRunner({
      store,
      parallel: {
        workers: 2,
        store: { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } },
      },
    });
    await expect(runner.rebuild()).rejects.toThrow(/evt-future.*FutureThing/);
    await store.close();
  });

  it('names the earliest of several unreadable events, whichever thread found which', async () => {
    const { createProjectionRunner } = await import('@grip/projections');
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    recordHoogeveenProgramme(b, 'hv-2026');
    const path = join(dir, 'two-bad.sqlite');
    const store = await sqliteStoreWith(b.events, path);
    const future = (eventId: string) => [
      {
        type: 'FutureThing',
        version: 1,
        data: {},
        metadata: { ...b.events[0]!.metadata, eventId },
      } as unknown as NewEvent,
    ];
    // The smaller stream gets the earlier bad event, so it is handed out last.
    await store.append('programme-hv-2026', future('evt-first'), 'stream-exists');
    await store.append('programme-hv-2022', future('evt-second'), 'stream-exists');
    await store.append('programme-hv-2022', future('evt-third'), 'stream-exists');
    const runner = createProjectionRunner({
      store,
      parallel: {
        workers: 2,
        store: { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } },
      },
    });
    await expect(runner.rebuild()).rejects.toThrow(/evt-first/);
    await store.close();
  });

  it("keeps an invalid correction's reason a value in the fold result that threads send back, never parsed from text", async () => {
    const { createProjectionRunner, InvalidCorrectionError } = await import('@grip/projections');
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    const cost = b.events.findLast((e) => e.type === 'CostCommitted')!;
    b.append('programme-hv-2022', 'EntryCorrected', {
      correctedEventId: cost.metadata.eventId,
      correctedType: 'CostCommitted',
      replacement: { ...cost.data, amount: 'veel' },
      explanation: 'typo',
    });
    const path = join(dir, 'bad-correction.sqlite');
    const store = await sqliteStoreWith(b.events, path);
    const recipe = { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } };
    const incremental = createProjectionRunner({ store });
    await expect(incremental.start()).rejects.toThrow(InvalidCorrectionError);
    const expected = incremental.failure as InstanceType<typeof InvalidCorrectionError>;
    const parallel = createProjectionRunner({ store, parallel: { workers: 2, store: recipe } });
    const error: unknown = await parallel.rebuild().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCorrectionError);
    expect(error).toMatchObject({
      message: expected.message,
      correctionEventId: expected.correctionEventId,
      correctedEventId: cost.metadata.eventId,
      reason: { code: 'CORRECTION_REPLACEMENT_INVALID', message: expected.reason.message },
    });
    await store.close();
  });
});
