import { sumStrings } from '../core/money-sum.js';
import { periodYears } from '../core/year-rule.js';
import type { MeasureModel, ProgrammeModel } from '../state/programme-model.js';
import { planIn } from './plan-sums.js';
import { yearSlice, type YearSlice } from './year-slices.js';

export type TotalsRow = {
  /** A domain or category code, or 'unattributed' for the programme-level row. */
  readonly code: string;
  readonly name: string;
  readonly planned: string;
  readonly realised: string;
  readonly pmCount: number;
  readonly notAttributableCount: number;
  readonly measureCount: number;
};

export type DomainTotals = {
  readonly programmeId: string;
  readonly year: number;
  /** One row per domain of the programme (in its own order), then the 'unattributed' row. */
  readonly domains: readonly TotalsRow[];
  readonly categories: readonly TotalsRow[];
  /** Equals the year slice's planned: the rows add up to it. */
  readonly total: string;
};

export const UNATTRIBUTED = 'unattributed';

/** The measures that have sub-measures, once per model (models are immutable; every year of it asks). */
const parentsByModel = new WeakMap<ProgrammeModel, ReadonlySet<string>>();
function parentMeasureIds(model: ProgrammeModel): ReadonlySet<string> {
  let parents = parentsByModel.get(model);
  if (!parents)
    parentsByModel.set(
      model,
      (parents = new Set(model.measures.flatMap((m) => (m.parentMeasureId ? [m.parentMeasureId] : [])))),
    );
  return parents;
}

function rows(
  model: ProgrammeModel,
  year: number,
  classifiers: ProgrammeModel['domains'],
  pick: (m: MeasureModel) => string,
  unattributed: string,
): TotalsRow[] {
  const parents = parentMeasureIds(model);
  // Members per code in one pass (a programme has tens of measures, every year of every commit asks).
  const byCode = new Map<string, MeasureModel[]>();
  for (const m of model.measures) {
    const code = pick(m);
    const members = byCode.get(code);
    if (members) members.push(m);
    else byCode.set(code, [m]);
  }
  const known = new Set(classifiers.map((c) => c.code));
  // A measure whose domain is not (or no longer) in the programme's list still gets a row, never lost.
  const extra = [...byCode.keys()].filter((c) => !known.has(c)).map((code) => ({ code, name: code }));
  const out = [...classifiers, ...extra].map(({ code, name }) => {
    const members = byCode.get(code) ?? [];
    const plans = members.map((m) => planIn(m.plan, year));
    const realised = members.map((m) => m.realised.get(year)).filter((r) => r !== undefined);
    return {
      code,
      name,
      planned: sumStrings(plans.map((p) => p.amount)),
      realised: sumStrings(realised.filter((r) => r !== 'not-attributable')),
      pmCount: plans.reduce((n, p) => n + p.pmCount, 0),
      notAttributableCount: realised.filter((r) => r === 'not-attributable').length,
      // Measures that carry figures: a measure with sub-measures is counted through them, not beside them.
      measureCount: members.filter((m) => !parents.has(m.measureId)).length,
    };
  });
  const phasingPm = planIn(model.phasing, year).pmCount;
  out.push({
    code: UNATTRIBUTED,
    name: 'Niet toegerekend aan maatregelen',
    planned: unattributed,
    realised: '0',
    pmCount: phasingPm,
    notAttributableCount: 0,
    measureCount: 0,
  });
  return out;
}

/** Planned and realised per domain and per category for one year (default: the period's last year). */
export function domainTotals(
  model: ProgrammeModel,
  year: number = model.period.lastYear,
  slice: YearSlice = yearSlice(model, year),
): DomainTotals {
  return {
    programmeId: model.programmeId,
    year,
    domains: rows(model, year, model.domains, (m) => m.domain, slice.unattributed),
    categories: rows(model, year, model.categories, (m) => m.category, slice.unattributed),
    total: slice.planned,
  };
}

/** Every year of the period; pass the year slices when already computed. */
export const domainTotalsAllYears = (model: ProgrammeModel, slices?: readonly YearSlice[]): DomainTotals[] =>
  periodYears(model.period).map((y, i) => domainTotals(model, y, slices?.[i] ?? yearSlice(model, y)));
