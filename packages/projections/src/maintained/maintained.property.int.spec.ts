import fc from 'fast-check';
import type { EventStore } from '@grip/ledger';
import { HOOGEVEEN, HOOGEVEEN_KEY } from '@grip/ledger/testing';
import { describe, expect, it } from 'vitest';
import { commandArb, execute, seeded } from '../__fixtures__/command-sequence.js';
import { createProjectionQueries } from '../queries/queries.js';
import { createProjectionRunner } from '../runner/runner.js';
import type { MaintainedModels } from './maintained-models.js';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** Every projection the latest state answers, by both paths. */
async function everyFigure(store: EventStore, latest?: MaintainedModels) {
  const q = createProjectionQueries(store, latest ? { latest } : {});
  const id = HOOGEVEEN_KEY;
  return {
    programme: await q.programme(id),
    yearSlices: await q.yearSlices(id),
    domainTotalsAllYears: await q.domainTotalsAllYears(id),
    domainTotals: await Promise.all(YEARS.slice(2).map((year) => q.domainTotals(id, { year }))),
    result: await q.programmeResult(id),
    fiscalBalance: await Promise.all(YEARS.map((year) => q.fiscalBalance(HOOGEVEEN, year))),
    reconcileProgramme: await q.reconcileProgramme(id),
    reconcileMunicipality: await q.reconcileMunicipality(HOOGEVEEN),
  };
}

describe('the maintained models', () => {
  it('give the same figures as the fold path for every projection, over random command sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandArb, { maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (commands, batch) => {
          const { store, ledger } = await seeded();
          const runner = createProjectionRunner({ store, batchSize: batch });
          await runner.start();
          await execute(ledger, commands);
          await runner.models.waitFor((await store.headPosition())!, 5_000);
          await runner.idle();
          expect(runner.models.position()).toBe(await store.headPosition());
          expect(await everyFigure(store, runner.models)).toEqual(await everyFigure(store));
          expect(runner.models.programmesOf(HOOGEVEEN)).toEqual([HOOGEVEEN_KEY]);
          await runner.stop();
        },
      ),
      { numRuns: 30 },
    );
  });

  it('are read back from the read-model database after a restart, with the same figures', async () => {
    const { store, ledger } = await seeded();
    const [commands] = fc.sample(fc.array(commandArb, { minLength: 15, maxLength: 15 }), { numRuns: 1, seed: 13 });
    const first = createProjectionRunner({ store });
    await first.start();
    await execute(ledger, commands!);
    await first.idle();
    await first.stop();
    const second = createProjectionRunner({ store, db: first.db });
    expect(second.models.position()).toBe(await store.headPosition());
    expect(await everyFigure(store, second.models)).toEqual(await everyFigure(store));
  });
});
