import type { DomainEvent, RecordedEvent } from '@grip/ledger';
import { replacementFor } from '../core/correction.js';
import { contributions } from '../state/contributions.js';
import { applyCorrection, applyEvent } from '../state/fold.js';
import type { Fact, StreamState } from '../state/facts.js';

/** A fact that belongs to every scope's small state (the programme's opening: its period and title). */
export const EVERY_SCOPE = '*';

/**
 * How figures are grouped, for one stream kind: which scopes an event's data feeds (a measure, the
 * programme's own lines, a year of the balance; none for a decision), which scope a fact belongs to,
 * and the figures of one scope computed from a state holding only that scope's facts.
 */
export type FigureScopes = {
  readonly scopesOf: (event: DomainEvent) => readonly string[];
  readonly scopeOfFact: (fact: Fact) => string | null;
  readonly figuresOf: (state: StreamState, scope: string) => string;
};

/** Fact keys per scope, kept up to date as the window is replayed, so each step reads only its scope's facts. */
class ScopeIndex {
  private readonly keys = new Map<string, Set<string>>();
  private readonly scopeOfKey = new Map<string, string>();
  constructor(
    private readonly state: StreamState,
    private readonly scopeOfFact: FigureScopes['scopeOfFact'],
  ) {
    for (const k in state.facts) this.update(k);
  }
  update(key: string): void {
    const old = this.scopeOfKey.get(key);
    if (old !== undefined) this.keys.get(old)?.delete(key);
    const fact = this.state.facts[key];
    const scope = fact ? this.scopeOfFact(fact) : null;
    if (scope === null) return void this.scopeOfKey.delete(key);
    this.scopeOfKey.set(key, scope);
    if (!this.keys.has(scope)) this.keys.set(scope, new Set());
    this.keys.get(scope)!.add(key);
  }
  stateOf(scope: string): StreamState {
    const facts: Record<string, Fact> = {};
    for (const set of [this.keys.get(EVERY_SCOPE), this.keys.get(scope)])
      for (const k of set ?? []) facts[k] = this.state.facts[k]!;
    return { ...this.state, facts };
  }
}

/**
 * The events of a window that changed a figure. The window is replayed from the state before it, one
 * event at a time; an event counts when a figure of a scope it speaks about differs after it. So
 * re-recording eighteen plans of which two differ counts two, and a revision undone later in the same
 * window counts both (each changed a figure when it was recorded). A correction speaks about what its
 * original and its replacement speak about. The trail keeps every event; this only says which mattered.
 * Each step computes only its scopes' figures from their own facts: linear in the window.
 */
export function figureChangingEvents(
  before: StreamState,
  between: readonly RecordedEvent[],
  byId: ReadonlyMap<string, RecordedEvent>,
  scopes: FigureScopes,
): Set<string> {
  const state: StreamState = { ...before, facts: { ...before.facts } };
  const index = new ScopeIndex(state, scopes.scopeOfFact);
  const changed = new Set<string>();
  for (const event of between) {
    const { spoken, keys } = reach(event, byId, scopes);
    const figures = () => JSON.stringify([...spoken].sort().map((s) => scopes.figuresOf(index.stateOf(s), s)));
    const old = spoken.size > 0 ? figures() : '';
    const exact = apply(state, event, byId);
    for (const k of keys) index.update(k);
    if (!exact) for (const k in state.facts) index.update(k);
    if (spoken.size > 0 && (!exact || figures() !== old)) changed.add(event.metadata.eventId);
  }
  return changed;
}

/** The scopes an event speaks about and the fact keys it may write (of a correction: original and replacement). */
function reach(event: RecordedEvent, byId: ReadonlyMap<string, RecordedEvent>, scopes: FigureScopes) {
  const parts: DomainEvent[] = [];
  if (event.type !== 'EntryCorrected') parts.push(event);
  else {
    const original = byId.get(event.data.correctedEventId);
    if (original) parts.push(original, replacementFor(event, original));
  }
  return {
    spoken: new Set(parts.flatMap((p) => scopes.scopesOf(p))),
    keys: new Set(parts.flatMap((p) => contributions(p).map(([k]) => k))),
  };
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
