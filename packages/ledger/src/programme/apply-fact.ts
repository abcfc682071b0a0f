import type { DomainEvent } from '../events/catalogue.js';
import { normaliseCode, type ProgrammeState } from './programme-state.js';

/** The effect of one fact (any event but a correction) on the rule state. Pure. */
export function applyProgrammeFact(state: ProgrammeState, event: DomainEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammeOpened': {
      const d = event.data;
      return {
        ...state,
        opened: true,
        programmeId: d.programmeId,
        municipality: d.municipality,
        period: d.period,
        domains: new Set(d.domains.map((x) => normaliseCode(x.code))),
        categories: new Set(d.categories.map((x) => normaliseCode(x.code))),
      };
    }
    case 'DecisionRecorded':
      return { ...state, decisions: new Set(state.decisions).add(event.data.decisionId) };
    case 'TargetSet':
      return { ...state, targets: new Map(state.targets).set(event.data.targetId, event.data.scope) };
    case 'MeasureRegistered': {
      const d = event.data;
      const measures = new Map(state.measures).set(d.measureId, {
        code: d.code,
        domain: d.domain,
        category: d.category,
        lifecycle: null,
        parentMeasureId: d.parentMeasureId ?? null,
        hasPlan: false,
        hasRealised: false,
      });
      return { ...state, measures, codes: new Map(state.codes).set(normaliseCode(d.code), d.measureId) };
    }
    case 'MeasureStatusChanged': {
      const measure = state.measures.get(event.data.measureId);
      if (!measure || event.data.lifecycle === undefined) return state;
      return {
        ...state,
        measures: new Map(state.measures).set(event.data.measureId, { ...measure, lifecycle: event.data.lifecycle }),
      };
    }
    case 'MeasurePlanRevised':
    case 'SavingRealised': {
      const measure = state.measures.get(event.data.measureId);
      if (!measure) return state;
      const next =
        event.type === 'SavingRealised'
          ? { ...measure, hasRealised: true }
          : { ...measure, hasPlan: event.data.lines.length > 0 };
      if (next.hasPlan === measure.hasPlan && next.hasRealised === measure.hasRealised) return state;
      return { ...state, measures: new Map(state.measures).set(event.data.measureId, next) };
    }
    case 'CostCommitted':
    case 'CostRealised': {
      if (state.costs.has(event.data.costId)) return state;
      const cost = { measureId: event.data.measureId, kind: event.data.kind };
      return { ...state, costs: new Map(state.costs).set(event.data.costId, cost) };
    }
    case 'StatedTotalRecorded':
      return { ...state, statedTotals: new Set(state.statedTotals).add(event.data.totalId) };
    default:
      return state;
  }
}
