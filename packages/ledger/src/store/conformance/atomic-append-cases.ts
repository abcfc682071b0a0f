import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../events/envelope.js';
import { supportsAtomicAppend } from '../atomic-append.js';
import type { EventStore } from '../port.js';
import { collect, expectStoreFailure, type ConformanceContext } from './conformance-context.js';

/** The optional atomic multi-stream append: only for adapters that offer it (not EventStoreDB). */
export function describeAtomicAppendCases(ctx: ConformanceContext): void {
  const atomic = (store: EventStore) => {
    if (!supportsAtomicAppend(store)) throw new Error('unreachable: checked before the test');
    return store;
  };

  describe('atomic multi-stream append (optional capability)', () => {
    it('writes batches to several streams, one after the other in the same stream', async (t) => {
      if (!supportsAtomicAppend(ctx.store())) return t.skip();
      const f = ctx.fixtures();
      const [a, b] = [f.stream('atomic-a'), f.stream('atomic-b')];
      const results = await atomic(ctx.store()).appendAtomically([
        { streamId: a, events: f.batch(2), expected: 'no-stream' },
        { streamId: b, events: f.batch(1), expected: 'no-stream' },
        { streamId: a, events: f.batch(1), expected: 1 },
      ]);
      expect(results.map((r) => [r.streamId, r.firstRevision, r.lastRevision, r.duplicate])).toEqual([
        [a, 0, 1, false],
        [b, 0, 0, false],
        [a, 2, 2, false],
      ]);
      expect(await ctx.store().streamRevision(a)).toBe(2);
      expect(ctx.store().comparePositions(results[0]!.position, results[2]!.position)).toBeLessThan(0);
    });

    it('stores nothing of any batch when a later batch conflicts, and throws that conflict', async (t) => {
      if (!supportsAtomicAppend(ctx.store())) return t.skip();
      const f = ctx.fixtures();
      const [a, b] = [f.stream('atomic-ok'), f.stream('atomic-moved')];
      await ctx.store().append(b, f.batch(1), 'no-stream');
      const head = await ctx.store().headPosition();
      const error = await expectStoreFailure(
        atomic(ctx.store()).appendAtomically([
          { streamId: a, events: f.batch(3), expected: 'no-stream' },
          { streamId: b, events: f.batch(1), expected: 'no-stream' },
        ]),
        'CONCURRENCY_CONFLICT',
      );
      expect(error.streamId).toBe(b);
      expect(await ctx.store().streamRevision(a)).toBeNull();
      expect(await ctx.store().headPosition()).toBe(head);
      // The store is still whole: the same stream can be written afterwards from revision 0.
      const retry = await ctx.store().append(a, f.batch(1), 'no-stream');
      expect(retry.firstRevision).toBe(0);
    });

    it('stores nothing when a batch is invalid (a float amount), and nothing is seen by readers', async (t) => {
      if (!supportsAtomicAppend(ctx.store())) return t.skip();
      const f = ctx.fixtures();
      const stream = f.stream('atomic-float');
      const bad = { ...f.savingRealised(), data: { measureId: 'm1', year: 2022, amount: 1.5 } } as unknown as NewEvent;
      await expect(
        atomic(ctx.store()).appendAtomically([
          { streamId: stream, events: f.batch(2), expected: 'no-stream' },
          { streamId: f.stream('atomic-float-2'), events: [bad], expected: 'any' },
        ]),
      ).rejects.toThrow(/safe integers/);
      const all = await collect(ctx.store().readAll());
      expect(all.filter((e) => e.streamId.startsWith(stream))).toEqual([]);
    });

    it('returns a batch stored earlier as a duplicate and writes it nowhere again', async (t) => {
      if (!supportsAtomicAppend(ctx.store())) return t.skip();
      const f = ctx.fixtures();
      const stream = f.stream('atomic-dup');
      const first = f.batch(2);
      await ctx.store().append(stream, first, 'no-stream');
      const results = await atomic(ctx.store()).appendAtomically([
        { streamId: stream, events: first, expected: 'no-stream' },
        { streamId: stream, events: f.batch(1), expected: 1 },
      ]);
      expect(results.map((r) => r.duplicate)).toEqual([true, false]);
      expect(await ctx.store().streamRevision(stream)).toBe(2);
    });
  });
}
