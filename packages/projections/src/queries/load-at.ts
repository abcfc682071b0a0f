import { municipalityStreamId, programmeStreamId, type EventStore, type RecordedEvent } from '@grip/ledger';
import { readEvent } from '../core/read-event.js';
import { foldWindow, type FoldedAt } from '../snapshots/fold-window.js';
import type { SnapshotSource } from '../snapshots/snapshot-source.js';
import { narrowTo, windowFor } from '../snapshots/window.js';
import type { StreamState } from '../state/facts.js';
import { foldStream } from '../state/fold.js';
import { municipalityModel, type MunicipalityModel } from '../state/municipality-model.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import type { Cutoff } from './as-of.js';
import { boundKey, createAsOfCache } from './as-of-cache.js';
import { ProgrammeNotFoundError, readRecorded } from './load.js';

/** What one as-of fold cost: for tests and benchmarks (O(tail) means `folded` stays small). */
export type FoldReport = FoldedAt & { readonly streamId: string };

/** Two moments of one stream, folded from one window, and the events recorded between them. */
export type StreamPair = {
  readonly before: StreamState;
  readonly after: StreamState;
  readonly between: RecordedEvent[];
  /** Every event the diff may look up (the window, and the originals of corrections between). */
  readonly known: RecordedEvent[];
};

/**
 * States of streams at a cut-off. With the runner's snapshots: from the nearest snapshot the cut-off keeps
 * entirely, folding only the events after it (see snapshots/window.ts); without them, or for the latest
 * state, by folding the stream from its first event. With snapshots, the models and pairs of bounded
 * cut-offs are also kept per stream revision (as-of-cache.ts): asking the same moment again is a lookup.
 */
export function createStateLoader(store: EventStore, snapshots?: SnapshotSource, onFold?: (r: FoldReport) => void) {
  const cache = snapshots ? createAsOfCache(store) : null;
  /** Through the cache when there is one and every cut-off is bounded (the latest state is the runner's). */
  const cached = <T>(streamId: string, kind: string, cutoffs: readonly Cutoff[], compute: () => Promise<T>) => {
    const keys = cutoffs.map(boundKey);
    return cache && keys.every((k) => k !== null)
      ? cache.get(streamId, `${kind}:${keys.join(':')}`, compute)
      : compute();
  };
  const stateAt = async (streamId: string, cutoff: Cutoff): Promise<StreamState> => {
    if (!snapshots || !cutoff.bound) return foldStream(streamId, (await readRecorded(store, streamId)).filter(cutoff));
    const at = await foldWindow(store, await windowFor(store, snapshots, streamId, [cutoff]), cutoff);
    onFold?.({ streamId, ...at });
    return at.state;
  };

  const pair = async (streamId: string, from: Cutoff, to: Cutoff): Promise<StreamPair> => {
    if (!snapshots || !from.bound || !to.bound) {
      const all = await readRecorded(store, streamId);
      const before = all.filter(from);
      const after = all.filter(to);
      const between = after.filter((e) => !from(e));
      return { before: foldStream(streamId, before), after: foldStream(streamId, after), between, known: all };
    }
    // One read for both moments and the events between them; each moment folds from its own snapshot.
    const window = await windowFor(store, snapshots, streamId, [from, to]);
    const before = await foldWindow(store, narrowTo(snapshots, window, 0), from);
    const after = await foldWindow(store, narrowTo(snapshots, window, 1), to);
    onFold?.({ streamId, ...before });
    onFold?.({ streamId, ...after });
    const between = window.events.filter((e) => to(e) && !from(e));
    const known = [...window.events];
    const inWindow = new Set(known.map((e) => e.metadata.eventId));
    for (const e of between) {
      if (e.type !== 'EntryCorrected' || inWindow.has(e.data.correctedEventId)) continue;
      const original = await store.findEvent(e.data.correctedEventId);
      if (original) known.push(readEvent(original));
    }
    return { before: before.state, after: after.state, between, known };
  };

  return {
    stateAt,
    pair,
    /** Any answer of bounded cut-offs of one stream, kept per stream revision (a diff, for one). */
    cached,
    programmeAt(programmeId: string, cutoff: Cutoff): Promise<ProgrammeModel> {
      const streamId = programmeStreamId(programmeId);
      return cached(streamId, 'model', [cutoff], async () => {
        const model = programmeModel(await stateAt(streamId, cutoff));
        if (!model) throw new ProgrammeNotFoundError(programmeId);
        return model;
      });
    },
    municipalityAt(municipality: string, cutoff: Cutoff): Promise<MunicipalityModel> {
      const streamId = municipalityStreamId(municipality);
      return cached(streamId, 'model', [cutoff], async () => municipalityModel(await stateAt(streamId, cutoff)));
    },
  };
}
