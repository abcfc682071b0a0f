import type { DomainEvent } from '../events/catalogue.js';
import type { EvolvableEvent } from '../programme/evolve.js';
import type { EffectiveEntry } from '../programme/programme-state.js';
import { withCorrection } from '../shared/corrections.js';
import { appendTo, logToArray } from '../shared/append-log.js';
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

/** Folds one event into the municipality's rule state; corrections refold, as for programmes. */
export function evolveMunicipality(state: MunicipalityState, event: EvolvableEvent): MunicipalityState {
  const revision = state.revision + 1;
  if (event.type === 'EntryCorrected') {
    const entries = withCorrection(state.entries, event);
    const refolded = logToArray(entries).reduce<MunicipalityState>((s, e) => applyMunicipalityFact(s, e), initialMunicipalityState);
    const corrections = new Map(state.corrections).set(event.metadata.eventId, event.data.correctedEventId);
    return { ...refolded, entries, corrections, revision };
  }
  const entry = { eventId: event.metadata.eventId, type: event.type, data: event.data } as EffectiveEntry;
  return {
    ...applyMunicipalityFact(state, event),
    entries: appendTo(state.entries, entry),
    revision,
  };
}

export const foldMunicipality = (events: readonly EvolvableEvent[], from: MunicipalityState = initialMunicipalityState): MunicipalityState =>
  events.reduce(evolveMunicipality, from);
