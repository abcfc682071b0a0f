import { domainError } from '../errors/domain-error.js';
import type { DomainEvent } from '../events/catalogue.js';
import { CANONICAL } from '../money/money.js';
import { isTaakveldValidIn } from '../municipality/taakvelden.js';
import type { ProgrammeState } from '../programme/programme-state.js';
import {
  amountInRange,
  categoryKnown,
  codeFree,
  decisionKnown,
  domainKnown,
  firstFailure,
  measureKnown,
  planLinesValid,
  timingInPeriod,
  yearInPeriod,
  type Check,
} from './checks.js';

const isAmount = (v: unknown): v is string => typeof v === 'string' && CANONICAL.test(v);

/** The programme rules a replacement must still satisfy: the same checks as the original command. */
export function programmeReplacementFailure(state: ProgrammeState, event: DomainEvent): Check {
  const d = event.data as Record<string, unknown>;
  const checks: Array<() => Check> = [];
  if (typeof d.year === 'number') checks.push(() => yearInPeriod(state, d.year as number));
  if (event.type === 'TargetSet' || event.type === 'TargetRevised')
    checks.push(() => timingInPeriod(state, event.data.timing));
  if (event.type === 'MeasurePlanRevised' || event.type === 'ProgrammePlanRevised')
    checks.push(() => planLinesValid(state, event.data.lines));
  if (isAmount(d.amount)) checks.push(() => amountInRange(d.amount as string));
  if (typeof d.decisionId === 'string' && event.type !== 'DecisionRecorded')
    checks.push(() => decisionKnown(state, d.decisionId as string));
  if (typeof d.measureId === 'string' && event.type !== 'MeasureRegistered')
    checks.push(() => measureKnown(state, d.measureId as string));
  if (event.type === 'TargetSet' && event.data.scope.level === 'domain') {
    const domain = event.data.scope.domain;
    checks.push(() => domainKnown(state, domain));
  }
  if (event.type === 'MeasureRegistered') {
    const { code, domain, category, measureId } = event.data;
    checks.push(
      () => domainKnown(state, domain),
      () => categoryKnown(state, category),
      () => codeFree(state, code, measureId),
    );
  }
  return firstFailure(...checks);
}

/** The municipality rules a replacement must still satisfy. */
export function municipalityReplacementFailure(event: DomainEvent): Check {
  if (
    event.type === 'ExpenditureRecorded' &&
    event.data.line.kind === 'taakveld' &&
    !isTaakveldValidIn(event.data.line.code, event.data.year)
  ) {
    return domainError('UNKNOWN_TAAKVELD', `taakveld ${event.data.line.code} is not valid in ${event.data.year}`);
  }
  const amount = (event.data as Record<string, unknown>).amount;
  return isAmount(amount) ? amountInRange(amount) : null;
}
