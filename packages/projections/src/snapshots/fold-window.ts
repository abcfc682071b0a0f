import type { EventStore, RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError, replacementFor, targetNotEarlier } from '../core/correction.js';
import { readEvent } from '../core/read-event.js';
import type { Cutoff } from '../core/cutoff.js';
import type { StreamState } from '../state/facts.js';
import { applyCorrection, applyEvent, foldStream } from '../state/fold.js';
import type { StreamWindow } from './window.js';

export type FoldedAt = {
  readonly state: StreamState;
  /** Events folded on top of the snapshot (what an as-of costs; a refold counts the whole stream). */
  readonly folded: number;
  readonly fromRevision: number;
};

/**
 * The state of the window's stream as the cut-off keeps it: the snapshot, then the kept events in order,
 * applied as the runner applies them. A correction's original is either in the snapshot (then the cut-off
 * keeps it) or among the kept events; anything else is the same InvalidCorrectionError the pure fold
 * raises. A correction that drops a key needs the fact before it, which no snapshot holds: then the stream
 * is folded whole, as the pure path does (rare, and counted as such).
 */
export async function foldWindow(store: EventStore, window: StreamWindow, cutoff: Cutoff): Promise<FoldedAt> {
  // A shallow copy is enough: folding replaces facts, it never changes one, so the snapshot (which may be
  // shared through the snapshot source's cache) stays as stored. A deep clone cost as much as decoding it.
  const state: StreamState = { ...window.base, facts: { ...window.base.facts } };
  const kept = new Map<string, RecordedEvent>();
  let folded = 0;
  for (const e of window.events) {
    if (!cutoff(e)) continue;
    folded++;
    if (e.type !== 'EntryCorrected') applyEvent(state, e);
    else {
      const original = kept.get(e.data.correctedEventId) ?? (await inSnapshot(store, window, e));
      const replacement = replacementFor(e, original);
      const corrected = { eventId: original.metadata.eventId, revision: original.revision };
      if (applyCorrection(state, corrected, replacement, e.revision) === 'refold') {
        const all = (await store.readStream(window.streamId)).map(readEvent).filter(cutoff);
        return { state: foldStream(window.streamId, all), folded: all.length, fromRevision: -1 };
      }
    }
    kept.set(e.metadata.eventId, e);
  }
  return { state, folded, fromRevision: window.baseRevision + 1 };
}

async function inSnapshot(
  store: EventStore,
  window: StreamWindow,
  correction: Extract<RecordedEvent, { type: 'EntryCorrected' }>,
): Promise<RecordedEvent> {
  const found = await store.findEvent(correction.data.correctedEventId);
  if (!found || found.streamId !== window.streamId || found.revision > window.baseRevision)
    throw new InvalidCorrectionError(correction.metadata.eventId, correction.data.correctedEventId, targetNotEarlier());
  return readEvent(found);
}
