import { lifecycleSchema } from '@grip/ledger';
import { minus, sumStrings } from '../core/money-sum.js';
import { plannedRule } from '../core/planned-rule.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { costsIn, planIn } from './plan-sums.js';
import { yearSlices, type YearSlice } from './year-slices.js';

/** The two totals of a result, labelled wherever they are shown (English, then the Dutch of the reports). */
export const RESULT_LABELS = {
  finalYear: 'structural effect in the final year (structureel effect in het laatste jaar)',
  cumulative: 'cumulative over the period (cumulatief over de periode)',
} as const;

export type ResultFigures = {
  /** Baten: planned savings. */
  readonly planned: string;
  /** Lasten: committed costs. */
  readonly costs: string;
  /** Totaal generaal: baten − lasten. */
  readonly net: string;
  readonly realised: string;
  readonly realisedCosts: string;
  readonly realisedNet: string;
};

export type ProgrammeResult = {
  readonly programmeId: string;
  readonly perYear: ReadonlyArray<ResultFigures & { readonly year: number }>;
  /**
   * What the programme yields for good: the structural amounts in force in the last year of the period
   * (incidental plans and costs left out), and what was realised in that year (its slice, as reported). A structural saving from
   * 2021 in a 2021-2023 programme counts once here.
   */
  readonly finalYear: ResultFigures & { readonly year: number; readonly label: string };
  /**
   * Every year's slice summed: a structural amount counts once for every year it runs (three times for
   * a saving from 2021 in 2021-2023). Never unlabelled, so it is not read as the yearly effect.
   */
  readonly cumulative: ResultFigures & {
    readonly firstYear: number;
    readonly lastYear: number;
    readonly label: string;
  };
  /** Measures per RAG colour; 'none' for measures without a colour yet. */
  readonly byRag: Readonly<Record<'groen' | 'oranje' | 'rood' | 'none', number>>;
  /** Measures per lifecycle state; measures without a status count as 'planned'. */
  readonly byLifecycle: Readonly<Record<(typeof lifecycleSchema.options)[number], number>>;
};

const figures = (s: YearSlice): ResultFigures => ({
  planned: s.planned,
  costs: s.costs,
  net: s.net,
  realised: s.realised,
  realisedCosts: s.realisedCosts,
  realisedNet: s.realisedNet,
});

export function programmeResult(
  model: ProgrammeModel,
  slices: readonly YearSlice[] = yearSlices(model),
): ProgrammeResult {
  const perYear = slices.map((s) => ({ year: s.year, ...figures(s) }));
  const total = (f: keyof ResultFigures) => sumStrings(perYear.map((y) => y[f]));
  const byRag = { groen: 0, oranje: 0, rood: 0, none: 0 };
  const byLifecycle = Object.fromEntries(lifecycleSchema.options.map((l) => [l, 0])) as Record<
    (typeof lifecycleSchema.options)[number],
    number
  >;
  for (const m of model.measures) {
    byRag[m.rag ?? 'none']++;
    byLifecycle[m.lifecycle ?? 'planned']++;
  }
  const planned = total('planned');
  const costs = total('costs');
  const realised = total('realised');
  const realisedCosts = total('realisedCosts');
  const { firstYear, lastYear } = model.period;
  return {
    programmeId: model.programmeId,
    perYear,
    finalYear: { year: lastYear, label: RESULT_LABELS.finalYear, ...structuralIn(model, lastYear, slices) },
    cumulative: {
      firstYear,
      lastYear,
      label: RESULT_LABELS.cumulative,
      planned,
      costs,
      net: minus(planned, costs),
      realised,
      realisedCosts,
      realisedNet: minus(realised, realisedCosts),
    },
    byRag,
    byLifecycle,
  };
}

/**
 * The structural figures of one year: the year-slice rules (planned = the programme's phasing or what
 * its measures attribute, see year-slices.md) applied to the structural lines only. Realisations carry
 * no nature: the realised side is the year's slice as reported.
 */
function structuralIn(model: ProgrammeModel, year: number, slices: readonly YearSlice[]): ResultFigures {
  const structural = (l: { nature: string }) => l.nature === 'structural';
  const attributed = sumStrings(model.measures.map((m) => planIn(m.plan, year, 'structural').amount));
  const { planned } = plannedRule(planIn(model.phasing, year, 'structural').amount, attributed);
  const costs = costsIn(model.costs, year, structural);
  const slice = slices.find((s) => s.year === year);
  return {
    planned,
    costs,
    net: minus(planned, costs),
    realised: slice?.realised ?? '0',
    realisedCosts: slice?.realisedCosts ?? '0',
    realisedNet: slice?.realisedNet ?? '0',
  };
}
