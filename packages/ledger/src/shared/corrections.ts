import type { DomainEvent, EventDataOf } from '../events/catalogue.js';
import { appendTo, findInLog, logToArray, replaceInLog, type AppendLog } from './append-log.js';

/** A fact as now in force: the event's data, or the latest correction's replacement. */
export type EffectiveEntry = { readonly eventId: string } & DomainEvent;
type Correction = { readonly data: EventDataOf<'EntryCorrected'> };

/**
 * Returns the entries with the corrected one's data replaced. Entries are never removed or moved:
 * a corrected fact keeps its place in the stream, so later revisions still win over it.
 */
export function withCorrection<E extends EffectiveEntry>(entries: AppendLog<E>, correction: Correction): AppendLog<E> {
  const found = findInLog(entries, (entry) => entry.eventId === correction.data.correctedEventId);
  if (!found) return entries;
  return replaceInLog(entries, found.index, { ...found.item, data: correction.data.replacement });
}

/** What every stream's rule state keeps so that corrections can be decided and folded in. */
export type CorrectableState = {
  /** Every event in stream order with the data now in force; corrections are folded in here. */
  readonly entries: AppendLog<EffectiveEntry>;
  /** Correction event id → the id of the event it corrects, so naming a correction corrects its original. */
  readonly corrections: ReadonlyMap<string, string>;
  /** Last revision folded, -1 for a stream that does not exist yet. */
  readonly revision: number;
};

export type EvolvableEvent = DomainEvent & { readonly metadata: { readonly eventId: string } };

/**
 * Folds one event into a stream's rule state, for programmes and municipalities alike. A fact is
 * applied and remembered; a correction rewrites the corrected entry and refolds the stream's facts,
 * because a corrected registration or status can change what later rules see. Corrections are rare,
 * so the refold is cheap where it matters.
 */
export function evolveCorrectable<S extends CorrectableState>(
  state: S,
  event: EvolvableEvent,
  applyFact: (state: S, fact: DomainEvent) => S,
  initial: S,
): S {
  const revision = state.revision + 1;
  if (event.type === 'EntryCorrected') {
    const entries = withCorrection(state.entries, event);
    const refolded = logToArray(entries).reduce(applyFact, initial);
    const corrections = new Map(state.corrections).set(event.metadata.eventId, event.data.correctedEventId);
    return { ...refolded, entries, corrections, revision };
  }
  const entry = { eventId: event.metadata.eventId, type: event.type, data: event.data } as EffectiveEntry;
  return { ...applyFact(state, event), entries: appendTo(state.entries, entry), revision };
}

/**
 * The state as if one entry had never been recorded: every other fact refolded. A correction is decided
 * by the original command against it, so the entry's own id, code or cost line does not clash with itself
 * while every other fact (a later year of the same cost line, another measure's code) still counts.
 */
export function withoutEntry<S extends CorrectableState>(
  state: S,
  eventId: string,
  applyFact: (state: S, fact: DomainEvent) => S,
  initial: S,
): S {
  const others = logToArray(state.entries).filter((entry) => entry.eventId !== eventId);
  return {
    ...others.reduce(applyFact, initial),
    entries: state.entries,
    corrections: state.corrections,
    revision: state.revision,
  };
}
