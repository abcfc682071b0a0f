import { describe, expect, it } from 'vitest';
import { eventBuilder, type EventBuilder } from '../testing/event-builder.js';
import { createTestStore } from '../testing/memory-store.js';
import { InvalidAsOfError } from './as-of.js';
import { createProjectionQueries } from './queries.js';

const P = 'programme-opwinding';
const M = 'municipality-GM0106';

/** Assen-like (seed 000, section 1.4): "2021 initieel" in April, "2021 bijgesteld" in the autumn. */
function assen(): { b: EventBuilder; revisionIds: Record<string, string> } {
  const b = eventBuilder({ tenant: 'GM0106', start: '2021-01-10T09:00:00Z' });
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'opwinding',
    municipality: 'GM0106',
    title: 'Programma Opwinding',
    period: { firstYear: 2020, lastYear: 2023 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'bc', name: 'businesscase' }],
  });
  const measure = (measureId: string, domain: string, amount: string) => {
    b.append(P, 'MeasureRegistered', {
      measureId,
      code: measureId,
      title: measureId,
      domain,
      category: 'bc',
      owner: 'programmamanager',
    });
    b.append(P, 'MeasurePlanRevised', {
      measureId,
      decisionId: 'd-1',
      lines: [{ year: 2021, amount, nature: 'structural' }],
    });
  };
  measure('wlz', 'WMO', '605000');
  measure('herindicatie', 'WMO', '200000');
  measure('gi', 'JEUGD', '800000');
  b.append(P, 'CostCommitted', {
    costId: 'org',
    measureId: null,
    year: 2021,
    amount: '125000',
    nature: 'incidental',
    kind: 'programme-organisation',
  });
  b.append(P, 'StatedTotalRecorded', {
    totalId: 'baten-initieel',
    label: 'Totale baten 2021 initieel',
    figure: 'planned',
    scope: { level: 'measures' },
    year: 2021,
    amount: '1605000',
    knownAt: '2021-initieel',
  });
  b.at('2021-04-30T12:00:00Z');
  b.append(M, 'PcMomentRecorded', {
    name: '2021-initieel',
    kind: 'voorjaarsnota',
    year: 2021,
    at: '2021-04-30T23:59:59Z',
  });
  b.at('2021-09-15T10:00:00Z');
  const revisionIds = {
    wlz: b.append(
      P,
      'MeasurePlanRevised',
      { measureId: 'wlz', decisionId: 'd-2', lines: [{ year: 2021, amount: '750000', nature: 'structural' }] },
      { reason: 'berap 2' },
    ).metadata.eventId,
    herindicatie: b.append(P, 'MeasurePlanRevised', {
      measureId: 'herindicatie',
      decisionId: 'd-2',
      lines: [{ year: 2021, amount: 'PM', nature: 'structural' }],
    }).metadata.eventId,
    org: b.append(P, 'CostCommitted', {
      costId: 'org',
      measureId: null,
      year: 2021,
      amount: '135000',
      nature: 'incidental',
      kind: 'programme-organisation',
    }).metadata.eventId,
    rag: b.append(P, 'MeasureStatusChanged', { measureId: 'gi', rag: 'oranje', effectiveDate: '2021-09-01' }).metadata
      .eventId,
  };
  b.append(P, 'StatedTotalRecorded', {
    totalId: 'baten-bijgesteld',
    label: 'Totale baten 2021 bijgesteld',
    figure: 'planned',
    scope: { level: 'measures' },
    year: 2021,
    amount: '1550000',
  });
  b.append(M, 'PcMomentRecorded', { name: '2021-bijgesteld', kind: 'berap-2', year: 2021, at: '2021-10-01T00:00:00Z' });
  return { b, revisionIds };
}

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

describe('corrections', () => {
  const base = () => {
    const b = eventBuilder({ start: '2022-01-01T00:00:00Z' });
    b.append('programme-p', 'ProgrammeOpened', {
      programmeId: 'p',
      municipality: 'GM0118',
      title: 'P',
      period: { firstYear: 2022, lastYear: 2023 },
      domains: [{ code: 'W', name: 'Wmo' }],
      categories: [{ code: 'c', name: 'c' }],
    });
    b.append('programme-p', 'MeasureRegistered', {
      measureId: 'm',
      code: 'A.1',
      title: 'A',
      domain: 'W',
      category: 'c',
      owner: 'o',
    });
    const plan = b.append('programme-p', 'MeasurePlanRevised', {
      measureId: 'm',
      decisionId: 'd',
      lines: [{ year: 2022, amount: '100', nature: 'structural' }],
    });
    const saving = b.append('programme-p', 'SavingRealised', { measureId: 'm', year: 2022, amount: '40' });
    return { b, plan: plan.metadata.eventId, saving: saving.metadata.eventId };
  };
  const correct = (b: EventBuilder, id: string, type: string, replacement: Record<string, unknown>) =>
    b.append('programme-p', 'EntryCorrected', {
      correctedEventId: id,
      correctedType: type,
      replacement,
      explanation: 'typo',
    }).metadata.eventId;

  it('replace the data of the corrected event; the latest of two corrections is in force', async () => {
    const { b, saving } = base();
    b.at('2022-06-01T00:00:00Z');
    const first = correct(b, saving, 'SavingRealised', { measureId: 'm', year: 2022, amount: '45' });
    b.at('2022-07-01T00:00:00Z');
    const second = correct(b, saving, 'SavingRealised', { measureId: 'm', year: 2022, amount: '47.5' });
    const q = createProjectionQueries(createTestStore(b.events));
    expect((await q.yearSlices('p'))[0]!.realised).toBe('47.5');
    expect((await q.yearSlices('p', { at: '2022-06-15T00:00:00Z' }))[0]!.realised).toBe('45');
    expect((await q.yearSlices('p', { at: '2022-05-01T00:00:00Z' }))[0]!.realised).toBe('40');
    const audit = await q.auditTrail('p', { measureId: 'm' });
    expect(audit.find((a) => a.eventId === saving)!.correctedBy).toEqual([first, second]);
    expect(audit.find((a) => a.eventId === second)).toMatchObject({
      corrects: saving,
      reason: 'typo',
      measureId: 'm',
      type: 'EntryCorrected',
    });
    const diff = await q.diff('p', { at: '2022-05-01T00:00:00Z' }, { at: '2022-08-01T00:00:00Z' });
    expect(diff.measures[0]!.changes).toEqual([
      { figure: 'realised', year: 2022, old: '40', new: '47.5', eventIds: [first, second] },
    ]);
  });

  it('keep a later revision in force over a corrected earlier one', async () => {
    const { b, plan } = base();
    b.append('programme-p', 'MeasurePlanRevised', {
      measureId: 'm',
      decisionId: 'd2',
      lines: [{ year: 2022, amount: '300', nature: 'structural' }],
    });
    correct(b, plan, 'MeasurePlanRevised', {
      measureId: 'm',
      decisionId: 'd',
      lines: [{ year: 2022, amount: '150', nature: 'structural' }],
    });
    const q = createProjectionQueries(createTestStore(b.events));
    expect((await q.yearSlices('p')).map((s) => s.planned)).toEqual(['300', '300']);
  });

  it('move an amount to another year (the runner refolds that stream)', async () => {
    const { b, saving } = base();
    correct(b, saving, 'SavingRealised', { measureId: 'm', year: 2023, amount: '40' });
    const q = createProjectionQueries(createTestStore(b.events));
    expect((await q.yearSlices('p')).map((s) => s.realised)).toEqual(['0', '40']);
  });

  it('refuse a replacement that is not valid for the corrected type', async () => {
    const { b, saving } = base();
    correct(b, saving, 'SavingRealised', { measureId: 'm', year: 2022, amount: 'veel' });
    const q = createProjectionQueries(createTestStore(b.events));
    await expect(q.yearSlices('p')).rejects.toThrow(/cannot be applied: replacement is not a valid SavingRealised/);
  });
});

describe('municipality diff and reconciliation', () => {
  it('names the correction that changed a Tabel 7 row and what it did to the saldo', async () => {
    const { recordHoogeveenBalance } = await import('../testing/hoogeveen.js');
    const b = eventBuilder({ start: '2022-01-10T09:00:00Z' });
    recordHoogeveenBalance(b);
    const overhead2019 = b.events.find(
      (e) => e.type === 'ExpenditureRecorded' && e.data.year === 2019 && e.data.line.kind === 'overhead',
    )!;
    b.at('2022-06-01T00:00:00Z');
    const fix = b.append('municipality-GM0118', 'EntryCorrected', {
      correctedEventId: overhead2019.metadata.eventId,
      correctedType: 'ExpenditureRecorded',
      replacement: { year: 2019, line: { kind: 'overhead' }, amount: '3655750', basis: 'realised' },
      explanation: 'afronding Tabel 6',
    }).metadata.eventId;
    const q = createProjectionQueries(createTestStore(b.events));
    const diff = await q.diffMunicipality('GM0118', { at: '2022-05-01T00:00:00Z' }, { at: '2022-07-01T00:00:00Z' });
    expect(diff.changes).toEqual([
      { figure: 'expenditure:overhead', year: 2019, old: '3655751', new: '3655750', eventIds: [fix] },
      { figure: 'expenditureTotal', year: 2019, old: '103329751', new: '103329750', eventIds: [fix] },
      { figure: 'saldo', year: 2019, old: '-2729576', new: '-2729575', eventIds: [fix] },
    ]);
    // With the row corrected, the printed saldo matches; as known before the correction it did not.
    expect((await q.reconcileMunicipality('GM0118')).find((l) => l.year === 2019)).toMatchObject({ status: 'matches' });
    expect(
      (await q.reconcileMunicipality('GM0118', { at: '2022-05-01T00:00:00Z' })).find((l) => l.year === 2019),
    ).toMatchObject({ status: 'differs', difference: '1' });
    expect((await q.fiscalBalance('GM0118', 2017)).saldo).toBe('-646765');
  });
});

describe('fiscal balance rows', () => {
  it('keeps detail rows apart (Dalfsen youth care: ZIN and PGB on 6.72) and says what a year lacks', async () => {
    const b = eventBuilder({ tenant: 'GM0148', start: '2021-03-01T09:00:00Z' });
    const D = 'municipality-GM0148';
    b.append(D, 'ExpenditureRecorded', {
      year: 2017,
      line: { kind: 'taakveld', code: '6.72' },
      detail: 'ZIN',
      amount: '4423000',
      basis: 'realised',
    });
    b.append(D, 'ExpenditureRecorded', {
      year: 2017,
      line: { kind: 'taakveld', code: '6.72' },
      detail: 'PGB',
      amount: '973000',
      basis: 'realised',
    });
    b.append(D, 'ExpenditureRecorded', { year: 2018, line: { kind: 'overhead' }, amount: '100', basis: 'estimated' });
    b.append(D, 'IncomeRecorded', { year: 2018, source: 'buig', amount: '200', basis: 'estimated' });
    const q = createProjectionQueries(createTestStore(b.events));

    const y2017 = await q.fiscalBalance('GM0148', 2017);
    expect(y2017.expenditure).toEqual([
      { line: '6.72', detail: 'PGB', amount: '973000', basis: 'realised' },
      { line: '6.72', detail: 'ZIN', amount: '4423000', basis: 'realised' },
    ]);
    expect(y2017.expenditureTotal).toBe('5396000');
    expect(y2017).toMatchObject({ complete: false, missing: ['income'] });

    // Overhead alone is not the social domain's spending: the saldo of 2018 is not a real balance.
    expect(await q.fiscalBalance('GM0148', 2018)).toMatchObject({
      saldo: '100',
      complete: false,
      missing: ['taakveld-expenditure'],
    });
  });

  it('is complete for a Hoogeveen Tabel 7 year', async () => {
    const { recordHoogeveenBalance } = await import('../testing/hoogeveen.js');
    const b = eventBuilder({ start: '2022-01-10T09:00:00Z' });
    recordHoogeveenBalance(b);
    expect(await createProjectionQueries(createTestStore(b.events)).fiscalBalance('GM0118', 2019)).toMatchObject({
      saldo: '-2729576',
      complete: true,
      missing: [],
    });
  });
});

describe('diff between moments', () => {
  it('reports an unknown P&C moment instead of treating it as "before the programme existed"', async () => {
    const { b } = assen();
    const q = createProjectionQueries(createTestStore(b.events));
    await expect(q.diff('opwinding', { moment: 'berap-9-2099' }, { at: '2021-12-01T00:00:00Z' })).rejects.toThrow(
      /berap-9-2099/,
    );
    const fromBefore = await q.diff('opwinding', { at: '2020-01-01T00:00:00Z' }, { at: '2021-12-01T00:00:00Z' });
    expect(fromBefore.measures.length).toBeGreaterThan(0);
  });
});
