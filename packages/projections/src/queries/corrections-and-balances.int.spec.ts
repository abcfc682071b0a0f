// Corrections, municipality diff and reconciliation, fiscal balance rows and diffs between moments, as
// the queries answer them (the as-of basics are in queries.int.spec.ts).
import { describe, expect, it } from 'vitest';
import { assen } from '../__fixtures__/assen-history.js';
import { eventBuilder, type EventBuilder } from '../testing/event-builder.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionQueries } from './queries.js';

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
