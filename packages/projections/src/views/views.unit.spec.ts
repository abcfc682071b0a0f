import { describe, expect, it } from 'vitest';
import { foldStream } from '../state/fold.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { eventBuilder } from '../testing/event-builder.js';
import { auditTrail } from './audit-trail.js';
import { showPlan } from './diff.js';
import { domainTotals } from './domain-totals.js';
import { programmeResult } from './programme-result.js';
import { programmeFigure } from './reconciliation.js';
import { measureReport } from './measure-report.js';
import { yearSlice } from './year-slices.js';

const P = 'programme-buren';

/** Buren-like (seed 004, Programmalijn 5): estimated savings next to P.M. items and a "-" realisation. */
function buren() {
  const b = eventBuilder({ tenant: 'GM0214', start: '2022-07-01T08:00:00Z' });
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'buren',
    municipality: 'GM0214',
    title: 'Sociaal domein',
    period: { firstYear: 2022, lastYear: 2024 },
    domains: [
      { code: 'J', name: 'Jeugd' },
      { code: 'W', name: 'Wmo' },
    ],
    categories: [{ code: 'b', name: 'beleidskeuze' }],
  });
  const reg = (measureId: string, domain: string) =>
    b.append(P, 'MeasureRegistered', {
      measureId,
      code: measureId,
      title: measureId,
      domain,
      category: 'b',
      owner: 'o',
    });
  const plan = (
    measureId: string,
    lines: Array<{ year: number; amount: string; nature: 'structural' | 'incidental' }>,
  ) => b.append(P, 'MeasurePlanRevised', { measureId, decisionId: 'd', lines });
  reg('5.1', 'J');
  plan('5.1', [{ year: 2023, amount: '106600', nature: 'structural' }]);
  reg('5.2', 'J');
  plan('5.2', [{ year: 2023, amount: '152300', nature: 'incidental' }]);
  reg('5.3', 'W');
  plan('5.3', [
    { year: 2022, amount: 'PM', nature: 'structural' },
    { year: 2023, amount: '99702', nature: 'structural' },
  ]);
  reg('5.4', 'W');
  b.append(
    P,
    'SavingRealised',
    { measureId: '5.1', year: 2023, amount: 'not-attributable' },
    { reason: 'zichtbaar in lagere programmalasten' },
  );
  b.append(P, 'SavingRealised', { measureId: '5.2', year: 2023, amount: '120000' });
  b.append(P, 'MeasureStatusChanged', { measureId: '5.1', rag: 'groen', effectiveDate: '2022-09-01' });
  b.append(P, 'MeasureStatusChanged', {
    measureId: '5.2',
    rag: 'rood',
    lifecycle: 'delayed',
    effectiveDate: '2022-09-01',
  });
  b.append(P, 'MeasureStatusChanged', { measureId: '5.2', lifecycle: 'running', effectiveDate: '2022-10-01' });
  b.append(P, 'TargetSet', {
    targetId: 'tj',
    scope: { level: 'domain', domain: 'J' },
    amount: '300000',
    timing: { kind: 'incidental', year: 2023 },
    decisionId: 'd',
  });
  b.append(P, 'CostCommitted', {
    costId: 'k',
    measureId: '5.1',
    year: 2022,
    amount: '10000',
    nature: 'structural',
    kind: 'staff',
  });
  return { b, model: programmeModel(foldStream(P, b.events)) as ProgrammeModel };
}

describe('P.M. and not-attributable are shown as such', () => {
  it('counts them in the year slice, apart from the amounts', () => {
    const { model } = buren();
    expect(yearSlice(model, 2022)).toMatchObject({
      planned: '0',
      pmCount: 1,
      costs: '10000',
      net: '-10000',
      target: '0',
      gap: '0',
    });
    expect(yearSlice(model, 2023)).toMatchObject({
      planned: '358602',
      pmCount: 1,
      realised: '120000',
      notAttributableCount: 1,
      target: '300000',
      gap: '-58602',
    });
    // Incidental 152300 only in 2023; structural lines and the structural cost carry on.
    expect(yearSlice(model, 2024)).toMatchObject({
      planned: '206302',
      pmCount: 1,
      realised: '0',
      notAttributableCount: 0,
      costs: '10000',
    });
  });

  it('keeps them per domain', () => {
    const { model } = buren();
    const rows = domainTotals(model, 2023).domains;
    expect(rows.map((r) => [r.code, r.planned, r.realised, r.pmCount, r.notAttributableCount, r.measureCount])).toEqual(
      [
        ['J', '258900', '120000', 0, 1, 2],
        ['W', '99702', '0', 1, 0, 2],
        ['unattributed', '0', '0', 0, 0, 0],
      ],
    );
  });

  it('prints a P.M. plan as PM, never as 0', () => {
    expect(showPlan({ amount: '0', pmCount: 1 })).toBe('PM');
    expect(showPlan({ amount: '99702', pmCount: 1 })).toBe('99702 + 1 PM');
    expect(showPlan({ amount: '0', pmCount: 0 })).toBeNull();
  });
});

describe('programme result', () => {
  it('counts measures per RAG colour and lifecycle, latest status winning', () => {
    const r = programmeResult(buren().model);
    expect(r.byRag).toEqual({ groen: 1, oranje: 0, rood: 1, none: 2 });
    expect(r.byLifecycle).toMatchObject({ planned: 3, running: 1, delayed: 0 });
    expect(r.cumulative).toMatchObject({
      planned: '564904',
      costs: '30000',
      net: '534904',
      realised: '120000',
      realisedCosts: '0',
      realisedNet: '120000',
    });
  });
});

describe('reconciliation figures by scope', () => {
  it('sums the same rows a printed total covers', () => {
    const { model } = buren();
    expect(programmeFigure(model, 'planned', { level: 'domain', domain: 'J' }, 2023)).toBe('258900');
    expect(programmeFigure(model, 'target', { level: 'domain', domain: 'J' }, 2023)).toBe('300000');
    expect(programmeFigure(model, 'net', { level: 'measure', measureId: '5.1' }, 2023)).toBe('96600');
    expect(programmeFigure(model, 'target', { level: 'measure', measureId: '5.1' }, 2023)).toBeNull();
    expect(programmeFigure(model, 'income', { level: 'programme' }, 2023)).toBeNull();
  });
});

describe('audit trail', () => {
  it('gives who, when, about when and why for every event of a measure', () => {
    const { b } = buren();
    const trail = auditTrail(b.events, { measureId: '5.1' });
    expect(trail.map((a) => a.type)).toEqual([
      'MeasureRegistered',
      'MeasurePlanRevised',
      'SavingRealised',
      'MeasureStatusChanged',
      'CostCommitted',
    ]);
    expect(trail[2]).toMatchObject({
      actor: 'user:controller',
      businessYear: 2023,
      reason: 'zichtbaar in lagere programmalasten',
      corrects: null,
      correctedBy: [],
    });
    expect(trail[3]).toMatchObject({ businessDate: '2022-09-01', businessYear: 2022 });
    expect(trail[1]!.decisionId).toBe('d');
  });
});

describe('per-measure report', () => {
  it('given Buren 2023 with a "-", a realisation below plan and one above, shows plan, realised, variance and over-realisation per measure', () => {
    const { b } = buren();
    b.append(P, 'SavingRealised', { measureId: '5.3', year: 2023, amount: '100000' });
    const report = measureReport(programmeModel(foldStream(P, b.events)) as ProgrammeModel, 2023);
    expect(
      report.rows.map((r) => [
        r.code,
        r.planned,
        r.pmCount,
        r.realised,
        r.notAttributable,
        r.variance,
        r.overRealisation,
      ]),
    ).toEqual([
      ['5.1', '106600', 0, null, true, null, null],
      ['5.2', '152300', 0, '120000', false, '-32300', '0'],
      ['5.3', '99702', 1, '100000', false, '298', '298'],
      ['5.4', '0', 0, null, false, null, null],
    ]);
    expect(report.counts).toEqual({ measures: 4, pm: 1, notAttributable: 1, overRealised: 1, notReported: 1 });
  });

  it('covers every year of the period when no year is asked', () => {
    const report = measureReport(buren().model);
    expect(report.rows).toHaveLength(4 * 3);
    expect(report.rows.filter((r) => r.code === '5.3').map((r) => [r.year, r.planned, r.pmCount])).toEqual([
      [2022, '0', 1],
      [2023, '99702', 1],
      [2024, '99702', 1],
    ]);
  });
});
