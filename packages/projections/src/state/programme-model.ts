import type { CostLine, EventDataOf, Lifecycle, PlanLine, Rag, RealisedAmount, Timing } from '@grip/ledger';
import { factsInOrder, type FactOf, type StreamState } from './facts.js';

export type MeasureModel = {
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly domain: string;
  readonly category: string;
  readonly owner: string;
  readonly plan: readonly PlanLine[];
  readonly rag: Rag | null;
  readonly lifecycle: Lifecycle | null;
  /** The measure this is a sub-measure of (A for A.1); null for a measure of its own. */
  readonly parentMeasureId: string | null;
  /** Realised saving per budget year as last reported. */
  readonly realised: ReadonlyMap<number, RealisedAmount>;
};

export type TargetModel = {
  readonly targetId: string;
  readonly scope: EventDataOf<'TargetSet'>['scope'];
  readonly amount: string;
  readonly timing: Timing;
};

export type ProgrammeModel = {
  readonly programmeId: string;
  readonly municipality: string;
  readonly title: string;
  readonly period: { readonly firstYear: number; readonly lastYear: number };
  readonly domains: EventDataOf<'ProgrammeOpened'>['domains'];
  readonly categories: EventDataOf<'ProgrammeOpened'>['categories'];
  /** In registration order. */
  readonly measures: readonly MeasureModel[];
  readonly phasing: readonly PlanLine[];
  readonly targets: readonly TargetModel[];
  readonly costs: readonly CostLine[];
  readonly realisedCosts: readonly CostLine[];
  readonly stated: readonly FactOf<'stated'>[];
};

type MutableMeasure = { -readonly [K in keyof MeasureModel]: MeasureModel[K] } & {
  realised: Map<number, RealisedAmount>;
  order: number;
};

/** Reads a programme stream's facts into the shape the views compute on; null before ProgrammeOpened. */
export function programmeModel(state: StreamState): ProgrammeModel | null {
  const opened = state.facts['programme']?.value;
  if (!opened || opened.k !== 'programme') return null;
  const measures = new Map<string, MutableMeasure>();
  const measure = (id: string): MutableMeasure => {
    let m = measures.get(id);
    if (!m) {
      m = {
        measureId: id,
        code: id,
        title: id,
        domain: '',
        category: '',
        owner: '',
        plan: [],
        rag: null,
        lifecycle: null,
        parentMeasureId: null,
        realised: new Map(),
        order: Number.MAX_SAFE_INTEGER,
      };
      measures.set(id, m);
    }
    return m;
  };
  const scopes = new Map<string, TargetModel['scope']>();
  const values = new Map<string, FactOf<'target-value'>>();
  let phasing: readonly PlanLine[] = [];
  const costs: CostLine[] = [];
  const realisedCosts: CostLine[] = [];
  const stated: FactOf<'stated'>[] = [];
  for (const fact of factsInOrder(state)) {
    const v = fact.value;
    switch (v.k) {
      case 'measure': {
        const m = measure(v.measureId);
        Object.assign(m, {
          code: v.code,
          title: v.title,
          domain: v.domain,
          category: v.category,
          owner: v.owner,
          parentMeasureId: v.parentMeasureId ?? null,
          order: fact.revision,
        });
        break;
      }
      case 'measure-plan':
        measure(v.measureId).plan = v.lines;
        break;
      case 'rag':
        measure(v.measureId).rag = v.rag;
        break;
      case 'lifecycle':
        measure(v.measureId).lifecycle = v.lifecycle;
        break;
      case 'saving':
        measure(v.measureId).realised.set(v.year, v.amount);
        break;
      case 'programme-plan':
        phasing = v.lines;
        break;
      case 'target-scope':
        scopes.set(v.targetId, v.scope);
        break;
      case 'target-value':
        values.set(v.targetId, v);
        break;
      case 'cost':
        costs.push(strip(v));
        break;
      case 'cost-realised':
        realisedCosts.push(strip(v));
        break;
      case 'stated':
        stated.push(v);
        break;
      default:
        break;
    }
  }
  const targets: TargetModel[] = [];
  for (const [targetId, scope] of scopes) {
    const value = values.get(targetId);
    if (value) targets.push({ targetId, scope, amount: value.amount, timing: value.timing });
  }
  const ordered = [...measures.values()].sort((a, b) => a.order - b.order || (a.measureId < b.measureId ? -1 : 1));
  return {
    programmeId: opened.programmeId,
    municipality: opened.municipality,
    title: opened.title,
    period: opened.period,
    domains: opened.domains,
    categories: opened.categories,
    measures: ordered.map(({ order: _order, ...m }) => m),
    phasing,
    targets,
    costs,
    realisedCosts,
    stated,
  };
}

const strip = ({ k: _k, ...line }: FactOf<'cost'> | FactOf<'cost-realised'>): CostLine => line;
