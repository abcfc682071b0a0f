import type { RecordedEvent } from '@grip/ledger';
import { periodYears } from '../core/year-rule.js';
import type { StreamState } from '../state/facts.js';
import { programmeModel, type MeasureModel, type ProgrammeModel } from '../state/programme-model.js';
import { EVERY_SCOPE, figureChangingEvents, type FigureScopes } from './figure-changing-events.js';
import { dependsOn, scopesOf, tagsOf } from './diff-tags.js';
import { costsIn, planIn, type PlanSum } from './plan-sums.js';
import { yearSlice } from './year-slices.js';

export type FigureChange = {
  readonly figure: string;
  readonly year: number | null;
  readonly old: string | null;
  readonly new: string | null;
  /** Events recorded in (from, to] that touched this figure, in order. */
  readonly eventIds: readonly string[];
};

export type MeasureDiff = {
  readonly measureId: string;
  readonly code: string | null;
  readonly changes: readonly FigureChange[];
};

/** How many events the window holds, how many changed a figure, and how many changed none (left out). */
export type DiffEvents = { readonly recorded: number; readonly changedFigures: number; readonly leftOut: number };

export type ProgrammeDiff = {
  readonly programmeId: string;
  /**
   * Events recorded between the moments that changed no figure (a plan re-recorded with the same
   * lines, a decision, a stated total) are left out of every eventIds; this says how many.
   */
  readonly events: DiffEvents;
  readonly programme: readonly FigureChange[];
  readonly measures: readonly MeasureDiff[];
};

type Figures = Map<string, string | null>;
const fkey = (figure: string, year: number | null) => (year === null ? figure : `${figure}@${year}`);

/** "PM" where only P.M. lines are in force, "100 + 2 PM" where both, so a P.M. is never a silent 0. */
export const showPlan = (p: PlanSum): string | null =>
  p.pmCount === 0
    ? p.amount === '0'
      ? null
      : p.amount
    : p.amount === '0'
      ? p.pmCount === 1
        ? 'PM'
        : `${p.pmCount} PM`
      : `${p.amount} + ${p.pmCount} PM`;

function measureFigures(model: ProgrammeModel | null, m: MeasureModel | undefined, years: number[]): Figures {
  const out: Figures = new Map();
  if (!model || !m) return out;
  for (const f of ['code', 'title', 'domain', 'category', 'owner', 'rag', 'lifecycle'] as const)
    out.set(fkey(f, null), m[f]);
  const mine = (l: { measureId: string | null }) => l.measureId === m.measureId;
  for (const y of years) {
    out.set(fkey('plan', y), showPlan(planIn(m.plan, y)));
    out.set(fkey('realised', y), m.realised.get(y) ?? null);
    out.set(fkey('costs', y), nonZero(costsIn(model.costs, y, mine)));
    out.set(fkey('realisedCosts', y), nonZero(costsIn(model.realisedCosts, y, mine)));
  }
  return out;
}

function programmeFigures(model: ProgrammeModel | null, years: number[]): Figures {
  const out: Figures = new Map();
  if (!model) return out;
  out.set(fkey('title', null), model.title);
  for (const y of years) {
    const s = yearSlice(model, y);
    for (const f of [
      'phasing',
      'attributed',
      'planned',
      'unattributed',
      'realised',
      'costs',
      'realisedCosts',
      'net',
      'target',
    ] as const) {
      out.set(fkey(f, y), s[f]);
    }
  }
  return out;
}

const nonZero = (a: string): string | null => (a === '0' ? null : a);

function compare(
  before: Figures,
  after: Figures,
  scope: string | null,
  between: readonly { id: string; tags: Set<string> }[],
): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(k) ?? null;
    const now = after.get(k) ?? null;
    if (old === now) continue;
    const [figure, yearText] = k.split('@') as [string, string | undefined];
    const year = yearText === undefined ? null : Number(yearText);
    const eventIds = between.filter((e) => [...e.tags].some((t) => dependsOn(scope, figure, year, t))).map((e) => e.id);
    changes.push({ figure, year, old, new: now, eventIds });
  }
  return changes;
}

/**
 * What changed between two states of a programme, per measure and per figure, with the events
 * responsible: `between` are the events recorded after the first moment up to the second; `all` are
 * every event known at the second moment (to see what a correction's original said). Given the state
 * before (`beforeState`), only the events that changed a figure are named (see figureChangingEvents).
 */
export function diffProgramme(
  before: ProgrammeModel | null,
  after: ProgrammeModel | null,
  between: readonly RecordedEvent[],
  all: readonly RecordedEvent[],
  beforeState?: StreamState,
): ProgrammeDiff {
  const byId = new Map(all.map((e) => [e.metadata.eventId, e]));
  const changing = beforeState
    ? figureChangingEvents(beforeState, between, byId, programmeScopes)
    : new Set(between.map((e) => e.metadata.eventId));
  const tagged = between
    .filter((e) => changing.has(e.metadata.eventId))
    .map((e) => ({ id: e.metadata.eventId, tags: tagsOf(e, byId) }));
  const period = after?.period ?? before?.period;
  const years = period
    ? [...new Set([...(before ? periodYears(before.period) : []), ...periodYears(period)])].sort()
    : [];
  const ids = [...new Set([...(before?.measures ?? []), ...(after?.measures ?? [])].map((m) => m.measureId))];
  const measures: MeasureDiff[] = [];
  for (const id of ids) {
    const b = before?.measures.find((m) => m.measureId === id);
    const a = after?.measures.find((m) => m.measureId === id);
    const changes = compare(measureFigures(before, b, years), measureFigures(after, a, years), id, tagged);
    if (changes.length > 0) measures.push({ measureId: id, code: a?.code ?? b?.code ?? null, changes });
  }
  return {
    programmeId: (after ?? before)?.programmeId ?? '',
    events: { recorded: between.length, changedFigures: changing.size, leftOut: between.length - changing.size },
    programme: compare(programmeFigures(before, years), programmeFigures(after, years), null, tagged),
    measures,
  };
}

/** A programme's figures by scope: "m:<measureId>" per measure, "programme" for its own lines. */
const programmeScopes: FigureScopes = {
  scopesOf,
  scopeOfFact: ({ value }) => {
    if (value.k === 'programme') return EVERY_SCOPE;
    const owner = 'measureId' in value ? value.measureId : null;
    return owner === null ? 'programme' : `m:${owner}`;
  },
  figuresOf: (state, scope) => {
    const model = programmeModel(state);
    if (!model) return '';
    const years = periodYears(model.period);
    const figures =
      scope === 'programme'
        ? programmeFigures(model, years)
        : measureFigures(
            model,
            model.measures.find((m) => `m:${m.measureId}` === scope),
            years,
          );
    return JSON.stringify([...figures.entries()].sort());
  },
};
