import { domainError, type DomainError } from '../errors/domain-error.js';
import type { PlanLine, Timing } from '../events/shared-schemas.js';
import { moneyOf } from '../money/money.js';
import { Decimal } from '../money/decimal.js';
import { normaliseCode, type ProgrammeState } from '../programme/programme-state.js';

/** |amount| < 10^12: far above any municipal budget, low enough that a typo of six zeros is caught. */
const LIMIT = new Decimal('1e12');

export type Check = DomainError | null;

/** The first failing check, or null. */
export const firstFailure = (...checks: Array<() => Check>): Check => {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return null;
};

export const amountInRange = (amount: string, field = 'amount'): Check =>
  moneyOf(amount).value.abs().greaterThanOrEqualTo(LIMIT)
    ? domainError('AMOUNT_OUT_OF_RANGE', `${field} ${amount} is not below 10^12 in absolute value`, { field, amount })
    : null;

export const programmeIsOpen = (state: ProgrammeState, programmeId: string): Check =>
  state.opened ? null : domainError('PROGRAMME_NOT_FOUND', `programme ${programmeId} does not exist`, { programmeId });

export const tenantOwnsProgramme = (state: ProgrammeState, tenant: string): Check =>
  state.municipality === tenant
    ? null
    : domainError('TENANT_MISMATCH', `programme ${state.programmeId} belongs to another municipality`, {
        programmeId: state.programmeId,
      });

export const yearInPeriod = (state: ProgrammeState, year: number): Check =>
  year >= state.period.firstYear && year <= state.period.lastYear
    ? null
    : domainError(
        'YEAR_OUTSIDE_PERIOD',
        `budget year ${year} is outside the programme period ${state.period.firstYear}-${state.period.lastYear}`,
        {
          year,
          period: state.period,
        },
      );

export const timingInPeriod = (state: ProgrammeState, timing: Timing): Check =>
  yearInPeriod(state, timing.kind === 'structural' ? timing.fromYear : timing.year);

export const domainKnown = (state: ProgrammeState, domain: string): Check =>
  state.domains.has(normaliseCode(domain))
    ? null
    : domainError('UNKNOWN_DOMAIN', `domain "${domain}" is not one of this programme's domains`, { domain });

export const categoryKnown = (state: ProgrammeState, category: string): Check =>
  state.categories.has(normaliseCode(category))
    ? null
    : domainError('UNKNOWN_CATEGORY', `category "${category}" is not one of this programme's categories`, { category });

export const decisionKnown = (state: ProgrammeState, decisionId: string): Check =>
  state.decisions.has(decisionId)
    ? null
    : domainError('DECISION_NOT_FOUND', `decision ${decisionId} has not been recorded in this programme`, {
        decisionId,
      });

export const measureKnown = (state: ProgrammeState, measureId: string): Check =>
  state.measures.has(measureId)
    ? null
    : domainError('MEASURE_NOT_FOUND', `measure ${measureId} does not exist`, { measureId });

export const measureNotStopped = (state: ProgrammeState, measureId: string): Check =>
  state.measures.get(measureId)?.lifecycle === 'stopped'
    ? domainError('MEASURE_STOPPED', `measure ${measureId} is stopped: no plan changes or realisations`, { measureId })
    : null;

/** A printed code is free unless another measure holds it (a measure may keep its own). */
export const codeFree = (state: ProgrammeState, code: string, forMeasure: string): Check => {
  const holder = state.codes.get(normaliseCode(code));
  return holder && holder !== forMeasure
    ? domainError('MEASURE_CODE_TAKEN', `code "${code}" is already used by measure ${holder}`, {
        code,
        measureId: holder,
      })
    : null;
};

/** Stated totals are recorded once per stream; a wrong one is corrected, not recorded again. */
export const statedTotalNew = (recorded: ReadonlySet<string>, totalId: string): Check =>
  recorded.has(totalId)
    ? domainError('STATED_TOTAL_ALREADY_RECORDED', `stated total ${totalId} exists: correct it instead`, { totalId })
    : null;

export const planLinesValid = (state: ProgrammeState, lines: readonly PlanLine[]): Check => {
  const seen = new Set<string>();
  for (const line of lines) {
    const key = `${line.year}/${line.nature}`;
    if (seen.has(key)) {
      return domainError('DUPLICATE_PLAN_LINE', `two ${line.nature} lines for ${line.year}: merge them into one`, {
        year: line.year,
        nature: line.nature,
      });
    }
    seen.add(key);
    const failure = yearInPeriod(state, line.year) ?? (line.amount === 'PM' ? null : amountInRange(line.amount));
    if (failure) return failure;
  }
  return null;
};
