import fc from 'fast-check';
import { HOOGEVEEN_KEY } from '@grip/ledger/testing';
import { commandArb, execute, seeded } from '../__fixtures__/command-sequence.js';
import { describe, expect, it } from 'vitest';
import { createProjectionQueries } from '../queries/queries.js';
import { createProjectionRunner } from './runner.js';

describe('with the ledger command side and its memory store', () => {
  it('rebuild == incremental over random command sequences, with the runner live during them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { maxLength: 25 }), async (commands) => {
        const { store, ledger } = await seeded();
        const runner = createProjectionRunner({ store, batchSize: 3 });
        await runner.start();
        await execute(ledger, commands);
        await new Promise((r) => setTimeout(r, 5));
        await runner.idle();
        await runner.stop();
        const incremental = runner.contentHash();
        const rebuilt = createProjectionRunner({ store });
        await rebuilt.rebuild();
        expect(rebuilt.contentHash()).toBe(incremental);
        // And the runner's latest read model is what the as-of path computes for "now".
        expect(rebuilt.readModels.yearSlices(HOOGEVEEN_KEY)).toEqual(
          await createProjectionQueries(store).yearSlices(HOOGEVEEN_KEY),
        );
      }),
      { numRuns: 25 },
    );
  });
});
