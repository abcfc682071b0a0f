import type { RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError, replacementFor, targetNotEarlier } from '../core/correction.js';
import type { StreamState } from '../state/facts.js';
import { applyCorrection, applyEvent, emptyState, foldStream } from '../state/fold.js';
import { stateJson } from '../state/state-json.js';
import { recordClock, type StreamClock } from './stream-clock.js';

/**
 * A whole stream folded for a rebuild, with the snapshot bookkeeping the incremental runner would have
 * recorded on the way. A stream shorter than one snapshot interval takes the pure fold; a longer one is
 * folded event by event exactly as the runner does it (corrections applied in place, a stream refolded
 * when a correction drops a key), so each snapshot is the state the runner would have stored at that
 * revision, and the content hashes of a rebuild and an incremental run stay equal.
 */
export function foldWithSnapshots(
  streamId: string,
  events: readonly RecordedEvent[],
  every: number,
): { state: StreamState; clock: StreamClock } {
  const clock: StreamClock = { snapshots: [], backdated: [], watermark: null };
  if (events.length < every) {
    const state = foldStream(streamId, events);
    for (const e of events) recordClock(clock, clockEvent(streamId, e), every, () => stateJson(state));
    return { state, clock };
  }
  const byId = new Map<string, RecordedEvent>();
  let state = emptyState(streamId);
  events.forEach((e, i) => {
    if (e.type === 'EntryCorrected') state = applyCorrectionPure(state, e, byId, () => events.slice(0, i + 1));
    else applyEvent(state, e);
    byId.set(e.metadata.eventId, e);
    recordClock(clock, clockEvent(streamId, e), every, () => stateJson(state));
  });
  return { state, clock };
}

const clockEvent = (streamId: string, e: RecordedEvent) => ({
  streamId,
  revision: e.revision,
  position: e.position,
  recordedAt: e.metadata.recordedAt,
});

/** The runner's correction step with the original taken from the events already folded. */
export function applyCorrectionPure(
  state: StreamState,
  e: Extract<RecordedEvent, { type: 'EntryCorrected' }>,
  earlier: ReadonlyMap<string, RecordedEvent>,
  prefix: () => readonly RecordedEvent[],
): StreamState {
  const original = earlier.get(e.data.correctedEventId);
  if (!original) throw new InvalidCorrectionError(e.metadata.eventId, e.data.correctedEventId, targetNotEarlier());
  const replacement = replacementFor(e, original);
  const corrected = { eventId: original.metadata.eventId, revision: original.revision };
  if (applyCorrection(state, corrected, replacement, e.revision) === 'refold')
    return foldStream(state.streamId, prefix());
  return state;
}
