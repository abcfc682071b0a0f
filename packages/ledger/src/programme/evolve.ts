import { evolveCorrectable, withoutEntry, type EvolvableEvent } from '../shared/corrections.js';
import { applyProgrammeFact } from './apply-fact.js';
import { initialProgrammeState, type ProgrammeState } from './programme-state.js';

export type { EvolvableEvent };

/** Folds one event into the programme's rule state (corrections included: see evolveCorrectable). */
export const evolveProgramme = (state: ProgrammeState, event: EvolvableEvent): ProgrammeState =>
  evolveCorrectable(state, event, applyProgrammeFact, initialProgrammeState);

export const foldProgramme = (
  events: readonly EvolvableEvent[],
  from: ProgrammeState = initialProgrammeState,
): ProgrammeState => events.reduce(evolveProgramme, from);

/** The programme's rule state without one entry (see withoutEntry). */
export const programmeWithout = (state: ProgrammeState, eventId: string): ProgrammeState =>
  withoutEntry(state, eventId, applyProgrammeFact, initialProgrammeState);
