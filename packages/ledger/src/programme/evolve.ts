import type { DomainEvent } from '../events/catalogue.js';
import { applyProgrammeFact } from './apply-fact.js';
import { initialProgrammeState, type EffectiveEntry, type ProgrammeState } from './programme-state.js';
import { withCorrection } from '../shared/corrections.js';
import { appendTo, logToArray } from '../shared/append-log.js';

export type EvolvableEvent = DomainEvent & { readonly metadata: { readonly eventId: string } };

/**
 * Folds one event into the programme's rule state. A correction rewrites the corrected entry and
 * refolds the stream's facts, because a corrected registration or status can change what later
 * rules see; corrections are rare, so the refold is cheap where it matters.
 */
export function evolveProgramme(state: ProgrammeState, event: EvolvableEvent): ProgrammeState {
  const revision = state.revision + 1;
  if (event.type === 'EntryCorrected') {
    const entries = withCorrection(state.entries, event);
    const refolded = logToArray(entries).reduce<ProgrammeState>((s, entry) => applyProgrammeFact(s, entry), initialProgrammeState);
    const corrections = new Map(state.corrections).set(event.metadata.eventId, event.data.correctedEventId);
    return { ...refolded, entries, corrections, revision };
  }
  const entry = { eventId: event.metadata.eventId, type: event.type, data: event.data } as EffectiveEntry;
  const next = applyProgrammeFact(state, event);
  return {
    ...next,
    corrections: state.corrections,
    entries: appendTo(state.entries, entry),
    revision,
  };
}

export const foldProgramme = (events: readonly EvolvableEvent[], from: ProgrammeState = initialProgrammeState): ProgrammeState =>
  events.reduce(evolveProgramme, from);
