import type { DomainEvent } from '@grip/ledger';
import type { FactValue } from './facts.js';

/** '|' cannot occur in ids, so composed keys stay unambiguous. */
const key = (...parts: Array<string | number>): string => parts.join('|');

/**
 * What an event says, as (key, fact) pairs. The keys are the "latest wins" keys of the semantics:
 * a measure's whole plan, the programme's whole phasing, a saving per (measure, year), a cost per
 * (costId, year), a target's scope and its amount+timing, income per (year, source), expenditure per
 * (year, taakveld | overhead), rag and lifecycle separately.
 */
export function contributions(event: DomainEvent): Array<[string, FactValue]> {
  switch (event.type) {
    case 'ProgrammeOpened':
      return [['programme', { k: 'programme', ...event.data }]];
    case 'DecisionRecorded':
      return [[key('decision', event.data.decisionId), { k: 'decision', ...event.data }]];
    case 'TargetSet': {
      const { targetId, scope, amount, timing, decisionId } = event.data;
      return [
        [key('target-scope', targetId), { k: 'target-scope', targetId, scope }],
        [key('target-value', targetId), { k: 'target-value', targetId, amount, timing, decisionId }],
      ];
    }
    case 'TargetRevised':
      return [[key('target-value', event.data.targetId), { k: 'target-value', ...event.data }]];
    case 'MeasureRegistered':
      return [[key('measure', event.data.measureId), { k: 'measure', ...event.data }]];
    case 'MeasurePlanRevised':
      return [[key('measure-plan', event.data.measureId), { k: 'measure-plan', ...event.data }]];
    case 'ProgrammePlanRevised':
      return [['programme-plan', { k: 'programme-plan', ...event.data }]];
    case 'MeasureStatusChanged': {
      const { measureId, rag, lifecycle } = event.data;
      const out: Array<[string, FactValue]> = [];
      if (rag !== undefined) out.push([key('rag', measureId), { k: 'rag', measureId, rag }]);
      if (lifecycle !== undefined) out.push([key('lifecycle', measureId), { k: 'lifecycle', measureId, lifecycle }]);
      return out;
    }
    case 'SavingRealised':
      return [[key('saving', event.data.measureId, event.data.year), { k: 'saving', ...event.data }]];
    case 'CostCommitted':
      return [[key('cost', event.data.costId, event.data.year), { k: 'cost', ...event.data }]];
    case 'CostRealised':
      return [[key('cost-realised', event.data.costId, event.data.year), { k: 'cost-realised', ...event.data }]];
    case 'StatedTotalRecorded':
      return [[key('stated', event.data.totalId), { k: 'stated', ...event.data }]];
    case 'IncomeRecorded':
      return [[key('income', event.data.year, event.data.source), { k: 'income', ...event.data }]];
    case 'ExpenditureRecorded': {
      // Detail (Dalfsen's ZIN and PGB on 6.72) is part of the key: each detail row stands on its own.
      const line = event.data.line.kind === 'taakveld' ? event.data.line.code : 'overhead';
      return [
        [key('expenditure', event.data.year, line, event.data.detail ?? ''), { k: 'expenditure', ...event.data }],
      ];
    }
    case 'PcMomentRecorded':
      return [[key('moment', event.data.name), { k: 'moment', ...event.data }]];
    case 'EntryCorrected':
      // A correction has no facts of its own; applyCorrection moves the corrected event's facts.
      return [];
  }
}
