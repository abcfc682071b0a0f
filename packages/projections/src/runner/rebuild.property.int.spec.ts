import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldStream } from '../state/fold.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { createTestStore } from '../testing/memory-store.js';
import { historyOf, stepArb } from '../__fixtures__/random-sequence.js';
import { yearSlices } from '../views/year-slices.js';
import { createProjectionRunner } from './runner.js';
import { stateJson } from '../state/state-json.js';
import { readEvent } from '../core/read-event.js';

describe('rebuild == incremental', () => {
  it('holds for random valid histories, any batch size, with corrections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 7 }),
        async (steps, batchSize, splitPercent, snapshotEvery) => {
          const events = historyOf(steps);
          const store = createTestStore();
          const incremental = createProjectionRunner({ store, batchSize, snapshotEvery });
          // Part of the history is there before the runner starts, the rest arrives live.
          const split = Math.floor((events.length * splitPercent) / 100);
          store.put(events.slice(0, split));
          await incremental.start();
          store.put(events.slice(split));
          await new Promise((r) => setImmediate(r));
          await incremental.idle();
          await incremental.stop();
          // Snapshots, back-dated events and watermarks are in the content hash too.
          const rebuilt = createProjectionRunner({ store, snapshotEvery });
          await rebuilt.rebuild();
          expect(incremental.contentHash()).toBe(rebuilt.contentHash());
          // And both equal the pure fold of the effective events.
          const pure = programmeModel(
            foldStream(
              'programme-p1',
              events.filter((e) => e.streamId === 'programme-p1'),
            ),
          ) as ProgrammeModel;
          expect(rebuilt.readModels.yearSlices('p1')).toEqual(yearSlices(pure));
          // The stored states equal the pure fold's too, which is what the parallel rebuild's workers run.
          for (const streamId of ['programme-p1', 'municipality-GM0118']) {
            const row = rebuilt.db.prepare('SELECT state FROM rm_stream WHERE stream_id = ?').get(streamId) as
              { state: string } | undefined;
            // Through toRecordedEvent like every fold in the runner: data in schema key order.
            const own = events.filter((e) => e.streamId === streamId).map(readEvent);
            if (own.length > 0) expect(row?.state).toBe(stateJson(foldStream(streamId, own)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
