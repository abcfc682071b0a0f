import { parseStreamId, type DomainEvent, type RecordedEvent } from '@grip/ledger';
import { effectiveEvents } from '../core/effective-events.js';
import { contributions } from './contributions.js';
import type { StreamState } from './facts.js';

export function emptyState(streamId: string): StreamState {
  const parsed = parseStreamId(streamId);
  if (!parsed) throw new Error(`not a programme or municipality stream: ${streamId}`);
  return { streamId, kind: parsed.kind, lastRevision: -1, facts: {} };
}

type Applicable = { readonly revision: number; readonly metadata: { readonly eventId: string } } & DomainEvent;

/** Folds one (non-correction) event: each of its facts becomes the one in force for its key. */
export function applyEvent(state: StreamState, event: Applicable): void {
  for (const [k, value] of contributions(event)) {
    const held = state.facts[k];
    if (held === undefined || held.revision <= event.revision) {
      state.facts[k] = { eventId: event.metadata.eventId, revision: event.revision, value };
    }
  }
  if (event.revision > state.lastRevision) state.lastRevision = event.revision;
}

/**
 * Applies a correction incrementally, as if the corrected event (at `correctedRevision`) had carried
 * `replacement` all along. Each key the replacement speaks about takes the new fact unless a later
 * event holds it. A key the corrected event held but the replacement no longer speaks about would need
 * the fact that was in force before it, which the state does not keep: then 'refold' is returned and the
 * caller rebuilds the stream from its events (rare: a correction that moves an amount to another year).
 */
export function applyCorrection(
  state: StreamState,
  corrected: { readonly eventId: string; readonly revision: number },
  replacement: DomainEvent,
  correctionRevision: number,
): 'applied' | 'refold' {
  const next = new Map(contributions(replacement));
  for (const k in state.facts) {
    if (state.facts[k]!.eventId === corrected.eventId && !next.has(k)) return 'refold';
  }
  for (const [k, value] of next) {
    const held = state.facts[k];
    if (held === undefined || held.revision <= corrected.revision) {
      state.facts[k] = { eventId: corrected.eventId, revision: corrected.revision, value };
    }
  }
  if (correctionRevision > state.lastRevision) state.lastRevision = correctionRevision;
  return 'applied';
}

/** The revision at which an event holds any fact in this state, if it holds one. */
export function heldRevision(state: StreamState, eventId: string): number | undefined {
  for (const fact of Object.values(state.facts)) if (fact.eventId === eventId) return fact.revision;
  return undefined;
}

/** The pure path: the state of one stream from its recorded events (already cut off for as-of). */
export function foldStream(streamId: string, events: readonly RecordedEvent[]): StreamState {
  const state = emptyState(streamId);
  for (const e of effectiveEvents(events)) applyEvent(state, e);
  for (const e of events) if (e.revision > state.lastRevision) state.lastRevision = e.revision;
  return state;
}
