import { fromCents, toCents } from '../core/money-sum.js';
import { periodYears } from '../core/year-rule.js';
import type { MeasureModel, ProgrammeModel } from '../state/programme-model.js';
import { planIn } from './plan-sums.js';

/** One measure in one budget year: what a controller checks line by line against the document. */
export type MeasureYear = {
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly domain: string;
  readonly category: string;
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

function measureYear(m: MeasureModel, year: number): MeasureYear {
  const plan = planIn(m.plan, year);
  const reported = m.realised.get(year);
  const notAttributable = reported === 'not-attributable';
  const realised = reported === undefined || notAttributable ? null : reported;
  const varianceCents = realised === null ? null : toCents(realised) - toCents(plan.amount);
  return {
    measureId: m.measureId,
    code: m.code,
    title: m.title,
    domain: m.domain,
    category: m.category,
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
 * above plan is shown as it is; nothing is capped.
 */
export function measureReport(model: ProgrammeModel, year?: number): MeasureReport {
  const years = year === undefined ? periodYears(model.period) : [year];
  const rows = model.measures.flatMap((m) => years.map((y) => measureYear(m, y)));
  return {
    programmeId: model.programmeId,
    rows,
    counts: {
      measures: model.measures.length,
      pm: rows.filter((r) => r.pmCount > 0).length,
      notAttributable: rows.filter((r) => r.notAttributable).length,
      overRealised: rows.filter((r) => r.overRealisation !== null && r.overRealisation !== '0').length,
      notReported: rows.filter((r) => r.realised === null && !r.notAttributable).length,
    },
  };
}
