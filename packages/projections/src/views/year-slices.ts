import { minus, sumStrings } from '../core/money-sum.js';
import { plannedRule } from '../core/planned-rule.js';
import { periodYears } from '../core/year-rule.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { costsIn, planIn, programmeTargetIn, realisedIn } from './plan-sums.js';

/** One jaarschijf of a programme. Money is canonical decimal strings. */
export type YearSlice = {
  readonly programmeId: string;
  readonly year: number;
  /** Sum of measure plans in force in the year. */
  readonly attributed: string;
  /** The programme's own phasing (ProgrammePlanRevised) in the year. */
  readonly phasing: string;
  /** attributed + unattributed: the baten (see core/planned-rule.ts; may be negative). */
  readonly planned: string;
  /** The part of the phasing not yet backed by measures, with the phasing's sign; 0 without phasing. */
  readonly unattributed: string;
  readonly realised: string;
  /** Committed costs (lasten) in the year. */
  readonly costs: string;
  readonly realisedCosts: string;
  /** planned − costs (baten − lasten). */
  readonly net: string;
  readonly realisedNet: string;
  /** null when the programme has no target at all. */
  readonly target: string | null;
  /** target − planned; positive is a shortfall. null without a target. */
  readonly gap: string | null;
  /** P.M. plan lines in force in the year (measure plans and phasing). */
  readonly pmCount: number;
  readonly notAttributableCount: number;
};

export function yearSlice(model: ProgrammeModel, year: number): YearSlice {
  const measurePlans = model.measures.map((m) => planIn(m.plan, year));
  const attributed = sumStrings(measurePlans.map((p) => p.amount));
  const phasingSum = planIn(model.phasing, year);
  const { planned, unattributed } = plannedRule(phasingSum.amount, attributed);
  const realised = realisedIn(model.measures, year);
  const costs = costsIn(model.costs, year);
  const realisedCosts = costsIn(model.realisedCosts, year);
  const target = programmeTargetIn(model, year);
  return {
    programmeId: model.programmeId,
    year,
    attributed,
    phasing: phasingSum.amount,
    planned,
    unattributed,
    realised: realised.amount,
    costs,
    realisedCosts,
    net: minus(planned, costs),
    realisedNet: minus(realised.amount, realisedCosts),
    target,
    gap: target === null ? null : minus(target, planned),
    pmCount: measurePlans.reduce((n, p) => n + p.pmCount, phasingSum.pmCount),
    notAttributableCount: realised.notAttributableCount,
  };
}

/** Every year of the programme period, in order. */
export const yearSlices = (model: ProgrammeModel): YearSlice[] =>
  periodYears(model.period).map((y) => yearSlice(model, y));
