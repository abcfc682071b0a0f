import fc from 'fast-check';
import type { RecordedEvent } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { historyOf, stepArb } from '../__fixtures__/random-sequence.js';
import type { AsOf } from '../queries/as-of.js';
import { createProjectionQueries } from '../queries/queries.js';
import { createProjectionRunner } from '../runner/runner.js';
import { createTestStore } from '../testing/memory-store.js';

/** Moves some events' recordedAt back in time, as a journal import with historical transaction times does. */
function backdate(events: RecordedEvent[], shifts: readonly number[]): RecordedEvent[] {
  return events.map((e, i) => {
    const hours = shifts[i % shifts.length]!;
    if (hours === 0) return e;
    const recordedAt = new Date(Date.parse(e.metadata.recordedAt) - hours * 3_600_000).toISOString();
    return { ...e, metadata: { ...e.metadata, recordedAt } };
  });
}

/** A result or the error it threw, so both paths must also fail alike. */
const settle = async <T>(work: () => Promise<T>) =>
  work().then(
    (value) => ({ value }),
    (error: Error) => ({ error: `${error.name}: ${error.message}` }),
  );

describe('as-of from snapshots', () => {
  it('equals the fold of the whole stream, for cut-offs by time and by position, with back-dated events', async () => {
    const seen = { fromSnapshot: 0, backdated: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 5, maxLength: 60 }),
        fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 48 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 }), fc.boolean()), { minLength: 2, maxLength: 4 }),
        async (steps, shifts, snapshotEvery, picks) => {
          const events = backdate(historyOf(steps), shifts);
          const store = createTestStore(events);
          const runner = createProjectionRunner({ store, snapshotEvery, batchSize: 4 });
          await runner.start();
          const fast = createProjectionQueries(store, {
            latest: runner.models,
            snapshots: runner.snapshots,
            onFold: (r) => {
              if (r.fromRevision > 0) seen.fromSnapshot++;
            },
          });
          seen.backdated += (runner.db.prepare('SELECT count(*) AS n FROM rm_backdated').get() as { n: number }).n;
          const slow = createProjectionQueries(store);
          // Cut-offs at (or a second around) an event's recordedAt, or at its position.
          const asOfs: AsOf[] = picks.map(([n, second, byPosition]) => {
            const e = events[n % events.length]!;
            if (byPosition) return { position: e.position };
            return { at: new Date(Date.parse(e.metadata.recordedAt) + second * 1000).toISOString() };
          });
          for (const asOf of asOfs) {
            for (const q of ['yearSlices', 'domainTotalsAllYears', 'programmeResult', 'reconcileProgramme'] as const) {
              const run = (queries: typeof fast) =>
                (queries[q] as (id: string, a: AsOf) => Promise<unknown>)('p1', asOf);
              expect(await settle(() => run(fast))).toEqual(await settle(() => run(slow)));
            }
            for (const year of [2022, 2023, 2024])
              expect(await settle(() => fast.fiscalBalance('GM0118', year, asOf))).toEqual(
                await settle(() => slow.fiscalBalance('GM0118', year, asOf)),
              );
          }
          const [from, to] = [asOfs[0]!, asOfs[1]!];
          expect(await settle(() => fast.diff('p1', from, to))).toEqual(await settle(() => slow.diff('p1', from, to)));
          expect(await settle(() => fast.diffMunicipality('GM0118', from, to))).toEqual(
            await settle(() => slow.diffMunicipality('GM0118', from, to)),
          );
          await runner.stop();
        },
      ),
      { numRuns: 80 },
    );
    // The property is only worth something if the runs started from snapshots and had back-dated events.
    expect(seen.fromSnapshot).toBeGreaterThan(50);
    expect(seen.backdated).toBeGreaterThan(50);
  });
});
