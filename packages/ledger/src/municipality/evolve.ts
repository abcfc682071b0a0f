import type { DomainEvent } from '../events/catalogue.js';
import { evolveCorrectable, withoutEntry, type EvolvableEvent } from '../shared/corrections.js';
import { initialMunicipalityState, type MunicipalityState } from './municipality-state.js';

function applyMunicipalityFact(state: MunicipalityState, event: DomainEvent): MunicipalityState {
  switch (event.type) {
    case 'IncomeRecorded': {
      const sources = new Set(state.incomeSources.get(event.data.year) ?? []).add(event.data.source);
      return { ...state, incomeSources: new Map(state.incomeSources).set(event.data.year, sources) };
    }
    case 'PcMomentRecorded':
      return { ...state, pcMoments: new Set(state.pcMoments).add(event.data.name) };
    case 'StatedTotalRecorded':
      return { ...state, statedTotals: new Set(state.statedTotals).add(event.data.totalId) };
    default:
      return state;
  }
}

/** Folds one event into the municipality's rule state (corrections included: see evolveCorrectable). */
export const evolveMunicipality = (state: MunicipalityState, event: EvolvableEvent): MunicipalityState =>
  evolveCorrectable(state, event, applyMunicipalityFact, initialMunicipalityState);

export const foldMunicipality = (
  events: readonly EvolvableEvent[],
  from: MunicipalityState = initialMunicipalityState,
): MunicipalityState => events.reduce(evolveMunicipality, from);

/** The municipality's rule state without one entry (see withoutEntry). */
export const municipalityWithout = (state: MunicipalityState, eventId: string): MunicipalityState =>
  withoutEntry(state, eventId, applyMunicipalityFact, initialMunicipalityState);
