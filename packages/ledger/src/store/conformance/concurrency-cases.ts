import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyStore } from '../../chain/verify.js';
import { isStoreFailure } from '../../errors/store-error.js';
import type { ExpectedRevision } from '../port.js';
import { collect, type ConformanceContext } from './conformance-context.js';
import { createEventFixtures } from './event-fixtures.js';

const isConflict = (e: unknown) => isStoreFailure(e) && e.error.code === 'CONCURRENCY_CONFLICT';

export function describeConcurrencyCases(ctx: ConformanceContext): void {
  describe('concurrent writers', () => {
    it('of two writers expecting the same revision exactly one wins; the loser learns the new revision', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('race');
      const writerA = ctx.store();
      const writerB = await ctx.another();
      await writerA.append(stream, f.batch(2), 'no-stream');
      const outcomes = await Promise.allSettled([
        writerA.append(stream, f.batch(2), 1),
        writerB.append(stream, f.batch(3), 1),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(isConflict(lost[0]!.reason)).toBe(true);
      const winnerLast = (won[0] as PromiseFulfilledResult<{ lastRevision: number }>).value.lastRevision;
      const loss: unknown = lost[0]!.reason;
      expect(isStoreFailure(loss) && loss.error.code === 'CONCURRENCY_CONFLICT' && loss.error.actual).toBe(winnerLast);
      expect(await writerA.streamRevision(stream)).toBe(winnerLast);
    });

    it('random interleavings of appends leave every stream gap-free and the chain intact (property)', async () => {
      const op = fc.record({
        stream: fc.constantFrom('a', 'b', 'c'),
        size: fc.integer({ min: 1, max: 3 }),
        expect: fc.constantFrom<'any' | 'no-stream' | 'stream-exists' | 'as-read'>(
          'any',
          'no-stream',
          'stream-exists',
          'as-read',
        ),
      });
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), fc.array(op, { minLength: 1, maxLength: 10 }), async (s, ops) => {
          const { store } = await ctx.fresh();
          const f = createEventFixtures(`${ctx.options.idPrefix}-prop${run++}`);
          const written = new Map<string, number>();
          const tasks = ops.map(async (o) => {
            const stream = f.stream(o.stream);
            // Each writer reads the revision, then appends: the scheduler interleaves reads and appends.
            const seen = await s.schedule(store.streamRevision(stream));
            const expected: ExpectedRevision = o.expect === 'as-read' ? (seen ?? 'no-stream') : o.expect;
            const batch = f.batch(o.size);
            await s.schedule(Promise.resolve());
            try {
              const result = await store.append(stream, batch, expected);
              expect(result.lastRevision - result.firstRevision + 1).toBe(o.size);
              written.set(stream, (written.get(stream) ?? 0) + o.size);
            } catch (e) {
              if (!isConflict(e)) throw e;
            }
          });
          await s.waitAll();
          await Promise.all(tasks);
          for (const name of ['a', 'b', 'c']) {
            const events = await store.readStream(f.stream(name));
            expect(events.map((e) => e.revision)).toEqual([...Array(written.get(f.stream(name)) ?? 0).keys()]);
          }
          const streams = (await collect(store.listStreams())).filter((x) => written.has(x.streamId));
          expect(streams).toHaveLength(written.size);
          if (ctx.options.emptyOnCreate) expect((await verifyStore(store)).ok).toBe(true);
        }),
        { numRuns: ctx.options.propertyRuns },
      );
    });
  });
}
