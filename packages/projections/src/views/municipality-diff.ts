import type { DomainEvent, RecordedEvent } from '@grip/ledger';
import { contributions } from '../state/contributions.js';
import type { StreamState } from '../state/facts.js';
import { municipalityModel, type MunicipalityModel } from '../state/municipality-model.js';
import type { DiffEvents, FigureChange } from './diff.js';
import { figureChangingEvents, type FigureScopes } from './figure-changing-events.js';
import { balanceYears, fiscalBalance } from './fiscal-balance.js';

export type MunicipalityDiff = {
  readonly municipality: string;
  /** As for a programme: events that changed no figure are left out of eventIds, and counted here. */
  readonly events: DiffEvents;
  readonly changes: readonly FigureChange[];
};

/** Figures of a municipality per year: each income source and expenditure line, the totals and the saldo. */
function figures(model: MunicipalityModel | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!model) return out;
  for (const year of balanceYears(model)) {
    const b = fiscalBalance(model, [], year);
    for (const i of b.income) out.set(`income:${i.source}@${year}`, i.amount);
    for (const e of b.expenditure) out.set(`expenditure:${e.line}@${year}`, e.amount);
    out.set(`incomeTotal@${year}`, b.incomeTotal);
    out.set(`expenditureTotal@${year}`, b.expenditureTotal);
    out.set(`saldo@${year}`, b.saldo);
  }
  return out;
}

/** The figures an event's data can move: "income:<source>@<year>" or "expenditure:<line>@<year>". */
function touched(event: DomainEvent): string[] {
  return contributions(event).flatMap(([, v]) =>
    v.k === 'income'
      ? [`income:${v.source}@${v.year}`]
      : v.k === 'expenditure'
        ? [`expenditure:${v.line.kind === 'taakveld' ? v.line.code : 'overhead'}@${v.year}`]
        : [],
  );
}

function touchedBy(event: RecordedEvent, byId: ReadonlyMap<string, RecordedEvent>): Set<string> {
  if (event.type !== 'EntryCorrected') return new Set(touched(event));
  const original = byId.get(event.data.correctedEventId);
  const replacement = { type: event.data.correctedType, data: event.data.replacement } as DomainEvent;
  return new Set([...(original ? touched(original) : []), ...touched(replacement)]);
}

const dependsOn = (figure: string, tag: string): boolean => {
  const [name, year] = figure.split('@') as [string, string];
  if (name === 'incomeTotal') return tag.startsWith('income:') && tag.endsWith(`@${year}`);
  if (name === 'expenditureTotal') return tag.startsWith('expenditure:') && tag.endsWith(`@${year}`);
  if (name === 'saldo') return tag.endsWith(`@${year}`);
  return tag === figure;
};

/** Like diffProgramme, for the fiscal balance rows of a municipality between two moments. */
export function diffMunicipality(
  before: MunicipalityModel | null,
  after: MunicipalityModel | null,
  between: readonly RecordedEvent[],
  all: readonly RecordedEvent[],
  beforeState?: StreamState,
): MunicipalityDiff {
  const byId = new Map(all.map((e) => [e.metadata.eventId, e]));
  const changing = beforeState
    ? figureChangingEvents(beforeState, between, byId, yearScopes)
    : new Set(between.map((e) => e.metadata.eventId));
  const tagged = between
    .filter((e) => changing.has(e.metadata.eventId))
    .map((e) => ({ id: e.metadata.eventId, tags: touchedBy(e, byId) }));
  const [a, b] = [figures(before), figures(after)];
  const changes: FigureChange[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const old = a.get(key) ?? null;
    const now = b.get(key) ?? null;
    if (old === now) continue;
    const [figure, year] = key.split('@') as [string, string];
    const eventIds = tagged.filter((e) => [...e.tags].some((t) => dependsOn(key, t))).map((e) => e.id);
    changes.push({ figure, year: Number(year), old, new: now, eventIds });
  }
  const events = { recorded: between.length, changedFigures: changing.size, leftOut: between.length - changing.size };
  return { municipality: (after ?? before)?.municipality ?? '', events, changes };
}

/** A municipality's figures by year: an income or expenditure event feeds the balance of its year. */
const yearScopes: FigureScopes = {
  scopesOf: (event) => touched(event).map((tag) => tag.split('@')[1]!),
  scopeOfFact: ({ value }) => ('year' in value ? String(value.year) : null),
  figuresOf: (state) => JSON.stringify([...figures(municipalityModel(state)).entries()].sort()),
};
