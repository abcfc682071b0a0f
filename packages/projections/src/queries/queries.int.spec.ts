import { describe, expect, it } from 'vitest';
import { assen, P } from '../__fixtures__/assen-history.js';
import { createTestStore } from '../testing/memory-store.js';
import { InvalidAsOfError } from './as-of.js';
import { createProjectionQueries } from './queries.js';

describe('as-of queries', () => {
  it('return the earlier plan after a later revision, by time, moment and position', async () => {
    const { b } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    const planned2021 = async (asOf?: Parameters<typeof q.yearSlices>[1]) =>
      (await q.yearSlices('opwinding', asOf)).find((s) => s.year === 2021)!;
    expect(await planned2021({ at: '2021-05-01T00:00:00Z' })).toMatchObject({
      planned: '1605000',
      costs: '125000',
      pmCount: 0,
    });
    expect(await planned2021({ moment: '2021-initieel' })).toMatchObject({ planned: '1605000' });
    expect(await planned2021({ position: b.events[9]!.position })).toMatchObject({ planned: '1605000' });
    expect(await planned2021()).toMatchObject({ planned: '1550000', costs: '135000', net: '1415000', pmCount: 1 });
    await expect(q.yearSlices('opwinding', { moment: 'jaarrekening-2021' })).rejects.toThrow(
      /no P&C moment "jaarrekening-2021"/,
    );
  });

  it('diffs two moments per measure and figure, naming the revising events', async () => {
    const { b, revisionIds } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    const diff = await q.diff('opwinding', { moment: '2021-initieel' }, { moment: '2021-bijgesteld' });
    const wlz = diff.measures.find((m) => m.measureId === 'wlz')!;
    expect(wlz.changes.filter((c) => c.year === 2021)).toEqual([
      { figure: 'plan', year: 2021, old: '605000', new: '750000', eventIds: [revisionIds.wlz] },
    ]);
    expect(wlz.changes.map((c) => c.year)).toEqual([2021, 2022, 2023]);
    const her = diff.measures.find((m) => m.measureId === 'herindicatie')!;
    expect(her.changes[0]).toEqual({
      figure: 'plan',
      year: 2021,
      old: '200000',
      new: 'PM',
      eventIds: [revisionIds.herindicatie],
    });
    expect(diff.measures.find((m) => m.measureId === 'gi')!.changes).toEqual([
      { figure: 'rag', year: null, old: null, new: 'oranje', eventIds: [revisionIds.rag] },
    ]);
    const planned = diff.programme.find((c) => c.figure === 'planned' && c.year === 2021)!;
    expect(planned).toEqual({
      figure: 'planned',
      year: 2021,
      old: '1605000',
      new: '1550000',
      eventIds: [revisionIds.wlz, revisionIds.herindicatie],
    });
    expect(diff.programme.find((c) => c.figure === 'costs' && c.year === 2021)).toMatchObject({
      old: '125000',
      new: '135000',
      eventIds: [revisionIds.org],
    });
  });

  it('reconciles stated totals against the ledger as known at their moment', async () => {
    const { b } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    const lines = await q.reconcileProgramme('opwinding');
    expect(lines.map((l) => [l.totalId, l.computed, l.difference, l.status, l.comparedAt])).toEqual([
      ['baten-initieel', '1605000', '0', 'matches', '2021-initieel'],
      ['baten-bijgesteld', '1550000', '0', 'matches', 'latest'],
    ]);
  });

  it('given compareAt, compares every total as known at that one moment, and says so on each line', async () => {
    const { b } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    const later = await q.reconcileProgramme('opwinding', undefined, { compareAt: { moment: '2021-bijgesteld' } });
    // The April total no longer "matches by construction": against the September figures it differs.
    expect(later.map((l) => [l.totalId, l.computed, l.difference, l.status, l.comparedAt])).toEqual([
      ['baten-initieel', '1550000', '55000', 'differs', 'compare-at 2021-bijgesteld'],
      ['baten-bijgesteld', '1550000', '0', 'matches', 'compare-at 2021-bijgesteld'],
    ]);
    const asOf = await q.reconcileProgramme('opwinding', { at: '2021-12-01T00:00:00Z' });
    expect(asOf.map((l) => l.comparedAt)).toEqual(['2021-initieel', '2021-12-01T00:00:00Z']);
  });

  it('reconciles a stated gap (target − planned) against the year slice', async () => {
    const { b } = assen();
    b.append(P, 'TargetSet', {
      targetId: 't',
      scope: { level: 'programme' },
      amount: '2000000',
      timing: { kind: 'incidental', year: 2021 },
      decisionId: 'd-2',
    });
    b.append(P, 'StatedTotalRecorded', {
      totalId: 'tekort',
      label: 'Nog te vinden 2021',
      figure: 'gap',
      scope: { level: 'programme' },
      year: 2021,
      amount: '450000',
    });
    const q = createProjectionQueries(createTestStore(b.events));
    const gap = (await q.reconcileProgramme('opwinding')).find((l) => l.totalId === 'tekort');
    // 2 000 000 target − 1 550 000 planned (the revised measures; no phasing) = 450 000.
    expect((await q.yearSlices('opwinding')).find((s) => s.year === 2021)!.gap).toBe('450000');
    expect(gap).toMatchObject({ computed: '450000', difference: '0', status: 'matches' });
  });
});

describe('as-of times given to the queries', () => {
  it('given a date, when asked as of it, then the whole Dutch day counts (revisions recorded that morning included)', async () => {
    const { b } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    const planned2021 = async (at: string) =>
      (await q.yearSlices('opwinding', { at })).find((s) => s.year === 2021)!.planned;
    expect(await planned2021('2021-04-30')).toBe('1605000');
    // The revisions were recorded on 15 September from 10:00 UTC: before the day ends, not at its start.
    expect(await planned2021('2021-09-14')).toBe('1605000');
    expect(await planned2021('2021-09-15')).toBe('1550000');
  });

  it.each(['2021-9-15', 'September 15 2021', '2021-09-15T12:00:00', '2021-09-15T12:00Z', '2021-02-30'])(
    'given the loose time %s, when any query is asked as of it, then it is refused with InvalidAsOfError',
    async (at) => {
      const { b } = assen();
      const q = createProjectionQueries(createTestStore(b.events));
      await expect(q.yearSlices('opwinding', { at })).rejects.toThrow(InvalidAsOfError);
      await expect(q.fiscalBalance('GM0106', 2021, { at })).rejects.toThrow(InvalidAsOfError);
      await expect(q.auditTrail('opwinding', { asOf: { at } })).rejects.toThrow(InvalidAsOfError);
      await expect(q.diff('opwinding', { at }, { at: '2021-12-01T00:00:00Z' })).rejects.toThrow(
        `${JSON.stringify(at)} is not an as-of time`,
      );
      await expect(q.diffMunicipality('GM0106', { at: '2021-12-01T00:00:00Z' }, { at })).rejects.toThrow(
        InvalidAsOfError,
      );
    },
  );

  it('given a stated total whose knownAt is a loose date-time, when reconciled, then it is refused instead of guessed', async () => {
    const { b } = assen();
    b.append(P, 'StatedTotalRecorded', {
      totalId: 'baten-los',
      label: 'Totale baten 2021',
      figure: 'planned',
      scope: { level: 'measures' },
      year: 2021,
      amount: '1550000',
      knownAt: '2021-10-01T12:00',
    });
    const q = createProjectionQueries(createTestStore(b.events));
    await expect(q.reconcileProgramme('opwinding')).rejects.toThrow(/"2021-10-01T12:00" is not an as-of time/);
  });
});
