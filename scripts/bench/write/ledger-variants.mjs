// The ledger's own write paths: the SQLite adapter alone, and the facade (parse, decide, metadata, hash,
// append) with one caller or with many concurrent callers, each on its own programme (group commit).
import { join } from 'node:path';
import { createLedger, sequentialIds, steppingClock } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { MEASURES, TENANT, eventAt, openProgrammeCommand, realiseSavingAt, registerMeasureCommand } from './events.mjs';

export function adapter(dir) {
  const store = openSqliteEventStore({ path: join(dir, 'adapter.sqlite') });
  return {
    run: async (from, to) => {
      for (let i = from; i < to; i++)
        await store.append('programme-bench', [eventAt(i)], i === 0 ? 'no-stream' : i - 1);
    },
    close: () => store.close(),
  };
}

const must = (outcome) => {
  if (!outcome.ok) throw new Error(outcome.error.message);
};

/** Records the size of every group the ledger commits (one appendEach call each): `store.groupSizes`. */
function countGroups(store) {
  const appendEach = store.appendEach.bind(store);
  store.groupSizes = [];
  store.appendEach = (requests) => {
    store.groupSizes.push(requests.length);
    return appendEach(requests);
  };
  return store;
}

/** A ledger on its own SQLite file with `programmes` programmes of MEASURES measures each. */
export async function benchLedger(path, programmes) {
  const store = countGroups(openSqliteEventStore({ path }));
  const ledger = createLedger({ store, clock: steppingClock('2022-01-01T00:00:00Z', 1), ids: sequentialIds('bench') });
  const context = { actor: 'bench', tenant: TENANT };
  const ids = Array.from({ length: programmes }, (_, p) => `bench-${p}`);
  for (const programmeId of ids) {
    must(await ledger.execute(openProgrammeCommand(programmeId), context));
    for (let m = 0; m < MEASURES; m++) must(await ledger.execute(registerMeasureCommand(programmeId, m), context));
  }
  return { store, ledger, context, programmeIds: ids };
}

/** `callers` concurrent callers, caller c executing commands i ≡ c (mod callers) on programme c, each awaiting its own. */
export async function facade(dir, callers = 1) {
  const { store, ledger, context, programmeIds } = await benchLedger(join(dir, `facade-${callers}.sqlite`), callers);
  store.groupSizes.length = 0; // the set-up commands are not measured
  return {
    groupSizes: store.groupSizes,
    run: async (from, to) => {
      await Promise.all(
        programmeIds.map(async (programmeId, c) => {
          for (let i = from + c; i < to; i += callers)
            must(await ledger.execute(realiseSavingAt(i, programmeId), context));
        }),
      );
    },
    close: () => store.close(),
  };
}
