import { fromCents, sumStrings, toCents } from '../core/money-sum.js';
import { periodYears } from '../core/year-rule.js';
import type { MeasureModel, ProgrammeModel } from '../state/programme-model.js';
import { planIn, type PlanSum } from './plan-sums.js';

/** One measure in one budget year: what a controller checks line by line against the document. */
export type MeasureYear = {
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly domain: string;
  readonly category: string;
  /** The measure this row's measure is a sub-measure of (A for A.1), or null. */
  readonly parentMeasureId: string | null;
  /** How many sub-measures it has: more than 0 makes this row their sum (a roll-up, not counted again). */
  readonly subMeasures: number;
  readonly year: number;
  /** Sum of the measure's plan lines in force in the year (P.M. lines count 0 here). */
  readonly planned: string;
  /** P.M. lines in force in the year: a plan acknowledged but not quantified. */
  readonly pmCount: number;
  /** The realised saving as last reported; null when nothing was reported for the year. */
  readonly realised: string | null;
  /** Realised "-": visible in lower programme spending, not attributable to this measure. */
  readonly notAttributable: boolean;
  /** realised − planned; null when no amount was realised (not reported, or "-"). */
  readonly variance: string | null;
  /** The part realised above plan (variance when positive, else 0); null when variance is. */
  readonly overRealisation: string | null;
};

export type MeasureReport = {
  readonly programmeId: string;
  readonly rows: readonly MeasureYear[];
  readonly counts: {
    readonly measures: number;
    readonly pm: number;
    readonly notAttributable: number;
    readonly overRealised: number;
    readonly notReported: number;
  };
};

/** A measure's own figures in a year; of a measure with sub-measures, their sum (it has none of its own). */
type Figures = { plan: PlanSum; notAttributable: boolean; realised: string | null };

function figuresIn(m: MeasureModel, subs: readonly MeasureModel[], year: number): Figures {
  if (subs.length === 0) {
    const reported = m.realised.get(year);
    const notAttributable = reported === 'not-attributable';
    return {
      plan: planIn(m.plan, year),
      notAttributable,
      realised: reported === undefined || notAttributable ? null : reported,
    };
  }
  const parts = subs.map((s) => figuresIn(s, [], year));
  const amounts = parts.map((p) => p.realised).filter((r): r is string => r !== null);
  return {
    plan: {
      amount: sumStrings(parts.map((p) => p.plan.amount)),
      pmCount: parts.reduce((n, p) => n + p.plan.pmCount, 0),
    },
    notAttributable: false,
    realised: amounts.length === 0 ? null : sumStrings(amounts),
  };
}

function measureYear(m: MeasureModel, subs: readonly MeasureModel[], year: number): MeasureYear {
  const { plan, notAttributable, realised } = figuresIn(m, subs, year);
  const varianceCents = realised === null ? null : toCents(realised) - toCents(plan.amount);
  return {
    measureId: m.measureId,
    code: m.code,
    title: m.title,
    domain: m.domain,
    category: m.category,
    parentMeasureId: m.parentMeasureId,
    subMeasures: subs.length,
    year,
    planned: plan.amount,
    pmCount: plan.pmCount,
    realised,
    notAttributable,
    variance: varianceCents === null ? null : fromCents(varianceCents),
    overRealisation: varianceCents === null ? null : fromCents(varianceCents > 0n ? varianceCents : 0n),
  };
}

/**
 * Per measure and year of the period (or one year): plan, realised, variance, P.M., not attributable
 * and over-realisation, with the counts a controller checks against the document. Realised below 0 or
 * above plan is shown as it is; nothing is capped. A measure with sub-measures gets a row that is their
 * sum (A beside A.1-A.6), marked by `subMeasures`; the counts take the sub-measures' rows only.
 */
export function measureReport(model: ProgrammeModel, year?: number): MeasureReport {
  const years = year === undefined ? periodYears(model.period) : [year];
  const rows = model.measures.flatMap((m) => {
    const subs = model.measures.filter((s) => s.parentMeasureId === m.measureId);
    return years.map((y) => measureYear(m, subs, y));
  });
  // Counts over the rows that carry figures: a roll-up row repeats its sub-measures' and is not counted again.
  const leaves = rows.filter((r) => r.subMeasures === 0);
  return {
    programmeId: model.programmeId,
    rows,
    counts: {
      measures: model.measures.length,
      pm: leaves.filter((r) => r.pmCount > 0).length,
      notAttributable: leaves.filter((r) => r.notAttributable).length,
      overRealised: leaves.filter((r) => r.overRealisation !== null && r.overRealisation !== '0').length,
      notReported: leaves.filter((r) => r.realised === null && !r.notAttributable).length,
    },
  };
}
