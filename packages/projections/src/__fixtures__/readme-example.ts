// The example in README.md, verbatim; readme-example.int.spec.ts runs it.
import { createLedger, createMemoryEventStore, sequentialIds, steppingClock } from '@grip/ledger';
import { HOOGEVEEN, HOOGEVEEN_PROGRAMME, hoogeveenCommands } from '@grip/ledger/testing';
import { createProjectionQueries, createProjectionRunner } from '@grip/projections';

export async function readmeExample() {
  const store = createMemoryEventStore();
  const ledger = createLedger({ store, clock: steppingClock('2022-03-01T09:00:00Z', 60_000), ids: sequentialIds() });
  for (const command of hoogeveenCommands()) {
    const outcome = await ledger.execute(command, { actor: 'user:controller', tenant: HOOGEVEEN });
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  // Programme ids are unique per municipality: views take the key the programme is stored under.
  const programme = await ledger.programmes.keyOf(HOOGEVEEN, HOOGEVEEN_PROGRAMME);

  // Latest read models, kept in SQLite by the runner (':memory:' here; a file path in production).
  const runner = createProjectionRunner({ store, db: ':memory:' });
  await runner.start();
  const planned = runner.readModels.yearSlices(programme).map((s) => `${s.year}: ${s.planned}`);

  // Any view as known at any moment, straight from the store.
  const queries = createProjectionQueries(store);
  const early = await queries.yearSlices(programme, { at: '2022-03-01T09:02:30Z' });
  const domains = await queries.domainTotals(programme, { year: 2025 });

  await runner.stop();
  return {
    planned, // ['2022: 250000', '2023: 750000', '2024: 1750000', '2025: 1900000']
    plannedEarly: early.map((s) => s.planned), // before the tranches were recorded: all '0'
    domains: domains.domains.map((r) => `${r.name}: ${r.planned}`),
  };
}
