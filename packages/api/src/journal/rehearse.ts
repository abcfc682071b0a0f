import {
  createLedger,
  randomIds,
  type AppendBatch,
  type Clock,
  type EventStore,
  type MunicipalityRegister,
} from '@grip/ledger';
import { createEntryClock } from './entry-clock.js';
import type { Journal } from './journal-types.js';
import { memoryCopyOf, touchedStreams } from './memory-copy.js';
import { runEntries, type EntryProgress, type RunTally } from './run-entries.js';

export type Rehearsal = {
  readonly tally: RunTally;
  /** Every append the entries made on the copy, in order, with the revisions of the real store. */
  readonly batches: readonly AppendBatch[];
};

/** Wraps a store so that every append that wrote something is remembered, as it was asked for. */
function recordAppends(store: EventStore): { store: EventStore; batches: AppendBatch[] } {
  const batches: AppendBatch[] = [];
  return {
    batches,
    store: {
      ...store,
      async append(streamId, events, expected) {
        const result = await store.append(streamId, events, expected);
        if (!result.duplicate) batches.push({ streamId, events, expected });
        return result;
      },
    },
  };
}

/**
 * Runs every entry on an in-memory copy of the streams the journals touch. The copy starts at the real
 * streams' revisions, so the recorded batches, appended atomically to the real store, either land
 * exactly as rehearsed or conflict because another writer moved one of those streams in between.
 */
export async function rehearse(
  target: { store: EventStore; clock: Clock; municipalities?: MunicipalityRegister },
  journals: readonly Journal[],
  actor: string,
  onEntry?: EntryProgress,
): Promise<Rehearsal> {
  const recorder = recordAppends(await memoryCopyOf(target.store, await touchedStreams(target.store, journals)));
  const entryClock = createEntryClock(target.clock);
  const { municipalities } = target;
  const ledger = createLedger({
    store: recorder.store,
    clock: entryClock.clock,
    ids: randomIds(),
    ...(municipalities && { municipalities }),
  });
  const tally = await runEntries(ledger, journals, entryClock, actor, onEntry);
  return { tally, batches: recorder.batches };
}
