import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionQueries } from './queries.js';

const P = 'programme-herijking';
const M = 'municipality-GM0118';
const ids = Array.from({ length: 18 }, (_, i) => `m${i + 1}`);
const planOf = (b: ReturnType<typeof eventBuilder>, measureId: string, amount: string) =>
  b.append(P, 'MeasurePlanRevised', {
    measureId,
    decisionId: 'd-1',
    lines: [{ year: 2023, amount, nature: 'structural' }],
  });

/** Eighteen measures planned in January; in June all eighteen plans are recorded again, two of them changed. */
function reRecorded(undo = false) {
  const b = eventBuilder({ start: '2023-01-10T09:00:00Z' });
  b.append(M, 'IncomeRecorded', { year: 2023, source: 'buig', amount: '100', basis: 'estimated' });
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'herijking',
    municipality: 'GM0118',
    title: 'Herijking',
    period: { firstYear: 2023, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'beleidskeuze' }],
  });
  for (const id of ids) {
    b.append(P, 'MeasureRegistered', { measureId: id, code: id, title: id, domain: 'WMO', category: 'bk', owner: 'o' });
    planOf(b, id, '10000');
  }
  b.at('2023-06-01T09:00:00Z');
  const changed = ids.map((id) => planOf(b, id, id === 'm3' || id === 'm11' ? '12500' : '10000'));
  if (undo) planOf(b, 'm3', '10000');
  b.append(M, 'IncomeRecorded', { year: 2023, source: 'buig', amount: '100', basis: 'realised' });
  b.append(M, 'IncomeRecorded', { year: 2023, source: 'overige-baten', amount: '5', basis: 'realised' });
  return { events: b.events, m3: changed[2]!.metadata.eventId, m11: changed[10]!.metadata.eventId };
}

describe('a diff names only the events that changed a figure', () => {
  const from = { at: '2023-03-01T00:00:00Z' };
  const to = { at: '2023-07-01T00:00:00Z' };

  it('given 18 plans re-recorded of which 2 changed, then 2 changed plans are reported and 16 events left out', async () => {
    const { events, m3, m11 } = reRecorded();
    const diff = await createProjectionQueries(createTestStore(events)).diff('herijking', from, to);
    expect(diff.measures.map((m) => m.measureId)).toEqual(['m3', 'm11']);
    // Structural from 2023: the plan of 2023, 2024 and 2025 each changed, by the one revision of its measure.
    expect([...new Set(diff.measures.flatMap((m) => m.changes.flatMap((c) => c.eventIds)))]).toEqual([m3, m11]);
    expect(diff.programme.find((c) => c.figure === 'planned' && c.year === 2023)).toEqual({
      figure: 'planned',
      year: 2023,
      old: '180000',
      new: '185000',
      eventIds: [m3, m11],
    });
    expect(diff.events).toEqual({ recorded: 18, changedFigures: 2, leftOut: 16 });
  });

  it('given the same income re-recorded as realised and a new source, then only the new source is named', async () => {
    const { events } = reRecorded();
    const diff = await createProjectionQueries(createTestStore(events)).diffMunicipality('GM0118', from, to);
    expect(diff.events).toEqual({ recorded: 2, changedFigures: 1, leftOut: 1 });
    const last = events[events.length - 1]!.metadata.eventId;
    expect(diff.changes.find((c) => c.figure === 'saldo')).toMatchObject({ old: '100', new: '105', eventIds: [last] });
  });

  it('given a revision undone later in the window, then both count: each changed a figure when recorded', async () => {
    const { events } = reRecorded(true);
    const diff = await createProjectionQueries(createTestStore(events)).diff('herijking', from, to);
    expect(diff.events).toEqual({ recorded: 19, changedFigures: 3, leftOut: 16 });
    // Between the two moments m3's figures are the same again: only m11 differs.
    expect(diff.measures.map((m) => m.measureId)).toEqual(['m11']);
  });
});
