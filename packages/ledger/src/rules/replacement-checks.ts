import { domainError } from '../errors/domain-error.js';
import { definitionOf, isEventType, type DomainEvent } from '../events/catalogue.js';
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

/** Fields that say what an entry is about; a correction may fix the facts, not change the subject. */
const IDENTITY: Record<string, readonly string[]> = {
  DecisionRecorded: ['decisionId'],
  TargetSet: ['targetId'],
  TargetRevised: ['targetId'],
  MeasureRegistered: ['measureId'],
  MeasurePlanRevised: ['measureId'],
  MeasureStatusChanged: ['measureId'],
  SavingRealised: ['measureId'],
  CostCommitted: ['costId'],
  CostRealised: ['costId'],
  StatedTotalRecorded: ['totalId'],
  PcMomentRecorded: ['name'],
};

export type ParsedReplacement = { ok: true; event: DomainEvent } | { ok: false; error: NonNullable<Check> };

/** Validates a replacement against the corrected event's schema and keeps its identity fields. */
export function parseReplacement(original: DomainEvent, replacement: unknown): ParsedReplacement {
  if (!isEventType(original.type))
    return { ok: false, error: domainError('CORRECTION_TARGET_NOT_CORRECTABLE', `unknown type ${JSON.stringify(original.type)}`) };
  const parsed = definitionOf(original.type).schema.safeParse(replacement);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: domainError(
        'CORRECTION_REPLACEMENT_INVALID',
        `replacement is not a valid ${original.type}: ${issue?.path.join('.')} ${issue?.message}`,
      ),
    };
  }
  const data = parsed.data as Record<string, unknown>;
  const before = original.data as Record<string, unknown>;
  const changed = (IDENTITY[original.type] ?? []).find((field) => data[field] !== before[field]);
  if (changed) {
    return {
      ok: false,
      error: domainError(
        'CORRECTION_REPLACEMENT_INVALID',
        `a correction cannot change ${changed}: record a new entry instead`,
        { field: changed },
      ),
    };
  }
  return { ok: true, event: { type: original.type, data } as DomainEvent };
}

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
