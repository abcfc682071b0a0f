import type { StatedFigure, StatedScope } from '@grip/ledger';
import { minus, sumStrings } from '../core/money-sum.js';
import type { FactOf } from '../state/facts.js';
import type { MunicipalityModel } from '../state/municipality-model.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { fiscalBalance } from './fiscal-balance.js';
import { costsIn, planIn, targetsIn } from './plan-sums.js';
import { yearSlice } from './year-slices.js';

export type ReconciliationLine = {
  readonly totalId: string;
  readonly label: string;
  readonly figure: StatedFigure;
  readonly scope: StatedScope;
  readonly year: number;
  /** The moment the stated total describes, as recorded (moment name or date-time); null = latest. */
  readonly knownAt: string | null;
  /**
   * The moment whose figures `computed` is, said so that no table can hide it: the compare-at moment
   * when one was asked, else the total's knownAt, else the report's as-of moment, else "latest".
   */
  readonly comparedAt: string;
  readonly stated: string;
  /** The ledger's own sum of the same rows; null when the figure does not apply to the scope. */
  readonly computed: string | null;
  /** stated − computed, exact to the cent; null when not computable. */
  readonly difference: string | null;
  readonly status: 'matches' | 'differs' | 'not-computable';
  readonly note?: string;
};

const realisedOf = (ms: ProgrammeModel['measures'], year: number) =>
  sumStrings(
    ms.map((m) => m.realised.get(year)).filter((r): r is string => r !== undefined && r !== 'not-attributable'),
  );

/** A programme figure over a scope: the same rows the printed total should add up. */
export function programmeFigure(
  model: ProgrammeModel,
  figure: StatedFigure,
  scope: StatedScope,
  year: number,
): string | null {
  if (scope.level === 'programme') {
    const s = yearSlice(model, year);
    const values: Partial<Record<StatedFigure, string | null>> = {
      planned: s.planned,
      realised: s.realised,
      costs: s.costs,
      net: s.net,
      target: s.target,
      gap: s.gap,
    };
    return values[figure] ?? null;
  }
  const members =
    scope.level === 'measures'
      ? model.measures
      : scope.level === 'domain'
        ? model.measures.filter((m) => m.domain === scope.domain)
        : scope.level === 'measure'
          ? // A measure with sub-measures is their sum (it has no plan or realisation of its own).
            model.measures.filter((m) => m.measureId === scope.measureId || m.parentMeasureId === scope.measureId)
          : null;
  if (members === null) return null;
  const ids = new Set(members.map((m) => m.measureId));
  const planned = sumStrings(members.map((m) => planIn(m.plan, year).amount));
  const costs = costsIn(model.costs, year, (l) => l.measureId !== null && ids.has(l.measureId));
  switch (figure) {
    case 'planned':
      return planned;
    case 'realised':
      return realisedOf(members, year);
    case 'costs':
      return costs;
    case 'net':
      return minus(planned, costs);
    case 'target':
    case 'gap': {
      if (scope.level !== 'measures' && scope.level !== 'domain') return null;
      const target = targetsIn(
        model.targets.filter(
          (t) => t.scope.level === 'domain' && (scope.level === 'measures' || t.scope.domain === scope.domain),
        ),
        year,
      );
      return figure === 'target' ? target : minus(target, planned);
    }
    default:
      return null;
  }
}

export function municipalityFigure(muni: MunicipalityModel, figure: StatedFigure, year: number): string | null {
  const b = fiscalBalance(muni, [], year);
  if (figure === 'income') return b.incomeTotal;
  if (figure === 'expenditure') return b.expenditureTotal;
  if (figure === 'saldo') return b.saldo;
  return null;
}

/** Compares; never adjusts anything. `comparedAt` says as known when `computed` is (default: latest). */
export function reconcileLine(
  stated: FactOf<'stated'>,
  computed: string | null,
  comparedAt: string = stated.knownAt ?? 'latest',
): ReconciliationLine {
  const base = {
    totalId: stated.totalId,
    label: stated.label,
    figure: stated.figure,
    scope: stated.scope,
    year: stated.year,
    knownAt: stated.knownAt ?? null,
    comparedAt,
    stated: stated.amount,
  };
  if (computed === null) {
    return {
      ...base,
      computed: null,
      difference: null,
      status: 'not-computable',
      note: `${stated.figure} is not a figure of scope ${stated.scope.level}`,
    };
  }
  const difference = minus(stated.amount, computed);
  return { ...base, computed, difference, status: difference === '0' ? 'matches' : 'differs' };
}
