import type { DomainEvent, RecordedEvent } from '@grip/ledger';
import { replacementFor } from '../core/correction.js';
import { contributions } from '../state/contributions.js';
import { applyCorrection, applyEvent } from '../state/fold.js';
import type { Fact, StreamState } from '../state/facts.js';

/**
 * Which figures one event could move, as the facts a figure is computed from: a scope the caller turns
 * into figures (a measure, the programme's own lines, a year of the balance). Empty: it moves none.
 */
export type ScopesOf = (event: DomainEvent) => readonly string[];
/** The figures of one scope in a state, in a comparable form. */
export type FiguresOf = (state: StreamState, scope: string) => string;

/** The facts of a state that a predicate keeps: a small state to compute one scope's figures from. */
export function factsWhere(state: StreamState, keep: (fact: Fact) => boolean): StreamState {
  const facts: Record<string, Fact> = {};
  for (const k in state.facts) if (keep(state.facts[k]!)) facts[k] = state.facts[k]!;
  return { ...state, facts };
}

/**
 * The events of a window that changed a figure. The window is replayed from the state before it, one
 * event at a time; an event counts when a figure of a scope it speaks about differs after it. So
 * re-recording eighteen plans of which two differ counts two, and a revision undone later in the same
 * window counts both (each changed a figure when it was recorded). A correction speaks about what its
 * original and its replacement speak about. The trail keeps every event; this only says which mattered.
 */
export function figureChangingEvents(
  before: StreamState,
  between: readonly RecordedEvent[],
  byId: ReadonlyMap<string, RecordedEvent>,
  scopesOf: ScopesOf,
  figuresOf: FiguresOf,
): Set<string> {
  const state: StreamState = { ...before, facts: { ...before.facts } };
  const changed = new Set<string>();
  for (const event of between) {
    const id = event.metadata.eventId;
    const scopes = new Set(scopesOfRecorded(event, byId, scopesOf));
    const figures = () => JSON.stringify([...scopes].sort().map((s) => figuresOf(state, s)));
    const old = scopes.size > 0 ? figures() : '';
    const exact = apply(state, event, byId);
    if (scopes.size > 0 && (!exact || figures() !== old)) changed.add(id);
  }
  return changed;
}

function scopesOfRecorded(
  event: RecordedEvent,
  byId: ReadonlyMap<string, RecordedEvent>,
  scopesOf: ScopesOf,
): readonly string[] {
  if (event.type !== 'EntryCorrected') return scopesOf(event);
  const original = byId.get(event.data.correctedEventId);
  if (!original) return [];
  return [...scopesOf(original), ...scopesOf(replacementFor(event, original))];
}

/** Applies one event; false where the state could only be approximated (see applyCorrection's 'refold'). */
function apply(state: StreamState, event: RecordedEvent, byId: ReadonlyMap<string, RecordedEvent>): boolean {
  if (event.type !== 'EntryCorrected') {
    applyEvent(state, event);
    return true;
  }
  const original = byId.get(event.data.correctedEventId);
  if (!original) return false;
  const replacement = replacementFor(event, original);
  const corrected = { eventId: original.metadata.eventId, revision: original.revision };
  if (applyCorrection(state, corrected, replacement, event.revision) === 'applied') return true;
  // The fact in force before the original is not kept: drop what only the original said. The event is
  // counted as changing (it moved a figure to another key), and later events compare from here.
  const keys = new Set(contributions(replacement).map(([k]) => k));
  for (const k in state.facts)
    if (state.facts[k]!.eventId === original.metadata.eventId && !keys.has(k)) delete state.facts[k];
  applyCorrection(state, corrected, replacement, event.revision);
  return false;
}
