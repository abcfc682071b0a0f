import { domainError } from '../errors/domain-error.js';
import { err, ok } from '../errors/result.js';
import type { DomainEvent, EventType } from '../events/catalogue.js';
import type { CommandDefinition, DecideContext, Decision } from './define-command.js';
import { recordExpenditure } from './municipality/record-expenditure.js';
import { recordIncome } from './municipality/record-income.js';
import { recordMunicipalityStatedTotal } from './municipality/record-municipality-stated-total.js';
import { recordPcMoment } from './municipality/record-pc-moment.js';
import { changeMeasureStatus } from './programme/change-measure-status.js';
import { commitCost, realiseCost } from './programme/record-cost.js';
import { recordDecision } from './programme/record-decision.js';
import { recordProgrammeStatedTotal } from './programme/record-stated-total.js';
import { realiseSaving } from './programme/realise-saving.js';
import { registerMeasure } from './programme/register-measure.js';
import { reviseMeasurePlan } from './programme/revise-measure-plan.js';
import { reviseProgrammePlan } from './programme/revise-programme-plan.js';
import { reviseTarget } from './programme/revise-target.js';
import { setTarget } from './programme/set-target.js';

/**
 * The command that records each correctable event type, per stream kind. Not a list of rules: a
 * correction is decided by this command itself, so it holds exactly the rules the command holds.
 */
export const ORIGINAL_COMMANDS = {
  programme: {
    DecisionRecorded: recordDecision,
    TargetSet: setTarget,
    TargetRevised: reviseTarget,
    MeasureRegistered: registerMeasure,
    MeasurePlanRevised: reviseMeasurePlan,
    ProgrammePlanRevised: reviseProgrammePlan,
    MeasureStatusChanged: changeMeasureStatus,
    SavingRealised: realiseSaving,
    CostCommitted: commitCost,
    CostRealised: realiseCost,
    StatedTotalRecorded: recordProgrammeStatedTotal,
  },
  municipality: {
    IncomeRecorded: recordIncome,
    ExpenditureRecorded: recordExpenditure,
    StatedTotalRecorded: recordMunicipalityStatedTotal,
    PcMomentRecorded: recordPcMoment,
  },
} as const;

export const originalCommandOf = (kind: 'programme' | 'municipality', type: EventType): CommandDefinition | undefined =>
  (ORIGINAL_COMMANDS[kind] as unknown as Partial<Record<EventType, CommandDefinition>>)[type];

/**
 * Decides the command that records `event`'s type with the event's data as its input, against a state
 * without the corrected entry: refused exactly as that command would refuse, with its own code.
 * `extra` adds what the command names but the event does not keep (the programme id).
 */
export function decideAsOriginal(
  kind: 'programme' | 'municipality',
  event: DomainEvent,
  extra: Record<string, unknown>,
  state: unknown,
  context: DecideContext,
): Decision {
  const definition = originalCommandOf(kind, event.type);
  if (!definition)
    return err(
      domainError('CORRECTION_TARGET_NOT_CORRECTABLE', `${event.type} events cannot be corrected here`, {
        type: event.type,
      }),
    );
  const parsed = definition.schema.safeParse({ ...extra, ...event.data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      domainError(
        'CORRECTION_REPLACEMENT_INVALID',
        `replacement is not valid input for ${definition.type}${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`,
      ),
    );
  }
  // Both definitions take the state of their own stream kind; the caller passes the matching one.
  const decision = (definition.decide as (d: unknown, s: unknown, c: DecideContext) => Decision)(
    parsed.data,
    state,
    context,
  );
  if (!decision.ok) return decision;
  const [produced, ...more] = decision.value;
  if (!produced || more.length > 0 || produced.type !== event.type)
    throw new Error(`${definition.type} did not record exactly one ${event.type}`);
  return ok([produced]);
}
