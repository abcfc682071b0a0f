import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashStoredEvent, LATEST_HASH_SCHEME } from '../../chain/hash.js';
import { verifyStore } from '../../chain/verify.js';
import type { StoredEvent } from '../../events/envelope.js';
import { collect, type ConformanceContext } from './conformance-context.js';
import { eventIdsOf } from './event-fixtures.js';

export function describeReadCases(ctx: ConformanceContext): void {
  describe('reading', () => {
    it('readStream honours fromRevision and toRevision; a missing stream reads as empty', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('ranges');
      await ctx.store().append(stream, f.batch(6), 'no-stream');
      const revisions = async (from?: number, to?: number) =>
        (
          await ctx.store().readStream(stream, {
            ...(from === undefined ? {} : { fromRevision: from }),
            ...(to === undefined ? {} : { toRevision: to }),
          })
        ).map((e) => e.revision);
      expect(await revisions(2, 4)).toEqual([2, 3, 4]);
      expect(await revisions(4)).toEqual([4, 5]);
      expect(await revisions(undefined, 1)).toEqual([0, 1]);
      expect(await revisions(3, 3)).toEqual([3]);
      expect(await revisions(7)).toEqual([]);
      expect(await ctx.store().readStream(f.stream('never-written'))).toEqual([]);
      expect(await ctx.store().streamRevision(f.stream('never-written'))).toBeNull();
    });

    it('readAll returns events in global (append) order, with after exclusive and upTo inclusive, in pages', async () => {
      const f = ctx.fixtures();
      const start = (await ctx.store().headPosition()) ?? undefined;
      const [a, b] = [f.stream('all-a'), f.stream('all-b')];
      const batches = [f.batch(2), f.batch(1), f.batch(3), f.batch(1)];
      await ctx.store().append(a, batches[0]!, 'no-stream');
      await ctx.store().append(b, batches[1]!, 'no-stream');
      await ctx.store().append(a, batches[2]!, 1);
      await ctx.store().append(b, batches[3]!, 0);
      const ours = (events: StoredEvent[]) => events.filter((e) => e.streamId === a || e.streamId === b);

      const all = ours(await collect(ctx.store().readAll({ ...(start ? { after: start } : {}), batchSize: 2 })));
      expect(all.map((e) => e.metadata.eventId)).toEqual(eventIdsOf(batches.flat()));
      for (let i = 1; i < all.length; i++)
        expect(ctx.store().comparePositions(all[i - 1]!.position, all[i]!.position)).toBeLessThan(0);
      expect(ctx.store().comparePositions(all[0]!.position, all[0]!.position)).toBe(0);

      const afterSecond = ours(await collect(ctx.store().readAll({ after: all[1]!.position })));
      expect(afterSecond.map((e) => e.metadata.eventId)).toEqual(all.slice(2).map((e) => e.metadata.eventId));
      const window = ours(
        await collect(ctx.store().readAll({ after: all[1]!.position, upTo: all[4]!.position, batchSize: 1 })),
      );
      expect(window.map((e) => e.metadata.eventId)).toEqual(all.slice(2, 5).map((e) => e.metadata.eventId));
    });

    it('findEvent finds an event by id wherever it is, and null for an unknown id', async () => {
      const f = ctx.fixtures();
      const batch = f.batch(3);
      await ctx.store().append(f.stream('find'), batch, 'no-stream');
      const found = await ctx.store().findEvent(batch[1]!.metadata.eventId);
      expect(found).toEqual((await ctx.store().readStream(f.stream('find')))[1]);
      expect(await ctx.store().findEvent(`${batch[1]!.metadata.eventId}-unknown`)).toBeNull();
    });

    it('listStreams lists every stream with its last revision', async () => {
      const f = ctx.fixtures();
      await ctx.store().append(f.stream('list-a'), f.batch(3), 'no-stream');
      await ctx.store().append(f.stream('list-b'), f.batch(1), 'no-stream');
      const streams = await collect(ctx.store().listStreams());
      expect(streams).toContainEqual({ streamId: f.stream('list-a'), lastRevision: 2 });
      expect(streams).toContainEqual({ streamId: f.stream('list-b'), lastRevision: 0 });
    });

    it('headPosition is the position of the newest event', async () => {
      const f = ctx.fixtures();
      if (ctx.options.emptyOnCreate) expect(await ctx.store().headPosition()).toBeNull();
      const first = await ctx.store().append(f.stream('head'), f.batch(2), 'no-stream');
      expect(await ctx.store().headPosition()).toBe(first.position);
      const second = await ctx.store().append(f.stream('head-2'), f.batch(1), 'no-stream');
      expect(await ctx.store().headPosition()).toBe(second.position);
      expect(ctx.store().comparePositions(first.position, second.position)).toBeLessThan(0);
    });

    it('links every event to the previous one of its stream by hash, and verifyStore accepts the store', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('chain');
      await ctx.store().append(stream, f.batch(2), 'no-stream');
      await ctx.store().append(f.stream('chain-other'), f.batch(2), 'no-stream');
      await ctx.store().append(stream, f.batch(2), 1);
      const events = await ctx.store().readStream(stream);
      let previous = GENESIS_HASH;
      for (const event of events) {
        expect(event.previousHash).toBe(previous);
        expect(event.hashVersion).toBe(LATEST_HASH_SCHEME);
        expect(event.eventId).toBe(event.metadata.eventId);
        expect(event.hash).toBe(hashStoredEvent(previous, event));
        previous = event.hash;
      }
      const report = await verifyStore(ctx.store());
      expect(report.breaks).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.eventsChecked).toBeGreaterThanOrEqual(6);
    });

    it('ping answers while open; calls after close fail', async () => {
      const { store } = await ctx.fresh();
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
