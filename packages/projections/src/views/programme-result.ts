import { lifecycleSchema } from '@grip/ledger';
import { minus, sumStrings } from '../core/money-sum.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { yearSlices, type YearSlice } from './year-slices.js';

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
  /** Summed over every year of the period. */
  readonly total: ResultFigures;
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
  return {
    programmeId: model.programmeId,
    perYear,
    total: {
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
