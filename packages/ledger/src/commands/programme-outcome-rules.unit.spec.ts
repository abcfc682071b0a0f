// Realisations, costs, measure status, stated totals and dates: the rules on what a programme records after
// its plan (the plan rules are in programme-rules.unit.spec.ts).
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events/catalogue.js';
import { commandSchema, type CommandInput, type CommandInputOf } from './catalogue.js';
import { programmeSpec } from '../testing/decider-spec.js';
import { measure, opened, P, stopped } from './__fixtures__/programme-givens.js';

const spec = programmeSpec();

describe('realisations', () => {
  const realise = (amount: string, over: Record<string, unknown> = {}) => ({
    type: 'RealiseSaving' as const,
    data: { programmeId: P, measureId: 'm1', year: 2022, amount, ...over },
  });

  it('record an amount, or "-" as not attributable', () => {
    spec
      .given([opened, measure])
      .when(realise('€ 80.000'))
      .then([{ type: 'SavingRealised', data: { measureId: 'm1', year: 2022, amount: '80000' } }]);
    spec
      .given([opened, measure])
      .when(realise('-'))
      .then([{ type: 'SavingRealised', data: { measureId: 'm1', year: 2022, amount: 'not-attributable' } }]);
  });

  it('are refused on a stopped measure and outside the period', () => {
    spec.given([opened, measure, stopped]).when(realise('1')).thenError('MEASURE_STOPPED');
    spec
      .given([opened, measure])
      .when(realise('1', { year: 2030 }))
      .thenError('YEAR_OUTSIDE_PERIOD');
  });
});

describe('costs', () => {
  const costLine = (over: Partial<CommandInputOf<'CommitCost'>> = {}): CommandInputOf<'CommitCost'> => ({
    programmeId: P,
    costId: 'invoering',
    measureId: null,
    year: 2022,
    amount: '€ 350.000',
    nature: 'incidental',
    kind: 'programme-organisation',
    ...over,
  });
  const cost = (over: Partial<CommandInputOf<'CommitCost'>> = {}): CommandInput => ({
    type: 'CommitCost',
    data: costLine(over),
  });
  const realise = (over: Partial<CommandInputOf<'RealiseCost'>> = {}): CommandInput => ({
    type: 'RealiseCost',
    data: costLine(over),
  });
  // The cost line as recorded from costLine(): amounts canonical.
  const recordedLine = {
    costId: 'invoering',
    measureId: null,
    year: 2022,
    amount: '350000',
    nature: 'incidental',
    kind: 'programme-organisation',
  } as const;
  const committed: DomainEvent = { type: 'CostCommitted', data: recordedLine };

  it('are committed programme-wide or per measure', () => {
    spec.given([opened]).when(cost()).then([committed]);
    spec
      .given([opened])
      .when(cost({ measureId: 'm9' }))
      .thenError('MEASURE_NOT_FOUND');
  });

  it('keep their measure and kind across years', () => {
    spec
      .given([opened, committed])
      .when(cost({ year: 2023, kind: 'staff' }))
      .thenError('COST_KIND_MISMATCH');
  });

  it('are realised as incurred, in canonical euros, on the same cost line', () => {
    spec
      .given([opened, committed])
      .when(realise({ amount: '€ 312.480,55' }))
      .then([{ type: 'CostRealised', data: { ...recordedLine, amount: '312480.55' } }]);
    spec
      .given([opened, committed])
      .when(realise({ kind: 'investment' }))
      .thenError('COST_KIND_MISMATCH');
    spec
      .given([opened, committed])
      .when(realise({ measureId: 'm1' }))
      .thenError('MEASURE_NOT_FOUND');
  });

  it('are realised only for a known measure, in the period, below 10^12, in an opened programme', () => {
    spec
      .given([opened, measure])
      .when(realise({ costId: 'coach', measureId: 'm1', kind: 'staff' }))
      .then([{ type: 'CostRealised', data: { ...recordedLine, costId: 'coach', measureId: 'm1', kind: 'staff' } }]);
    spec
      .given([opened])
      .when(realise({ measureId: 'm9' }))
      .thenError('MEASURE_NOT_FOUND');
    spec
      .given([opened])
      .when(realise({ year: 2026 }))
      .thenError('YEAR_OUTSIDE_PERIOD');
    spec
      .given([opened])
      .when(realise({ amount: '1000000000000' }))
      .thenError('AMOUNT_OUT_OF_RANGE');
    spec.given([]).when(realise()).thenError('PROGRAMME_NOT_FOUND');
  });
});

describe('measure status', () => {
  const status = (over: Partial<CommandInputOf<'ChangeMeasureStatus'>>): CommandInput => ({
    type: 'ChangeMeasureStatus',
    data: { programmeId: P, measureId: 'm1', effectiveDate: '2023-03-31', ...over },
  });

  it('sets the RAG colour, the lifecycle or both, as of a date', () => {
    spec
      .given([opened, measure])
      .when(status({ rag: 'oranje' }))
      .then([{ type: 'MeasureStatusChanged', data: { measureId: 'm1', rag: 'oranje', effectiveDate: '2023-03-31' } }]);
    spec
      .given([opened, measure])
      .when(status({ rag: 'rood', lifecycle: 'delayed' }))
      .then([
        {
          type: 'MeasureStatusChanged',
          data: { measureId: 'm1', rag: 'rood', lifecycle: 'delayed', effectiveDate: '2023-03-31' },
        },
      ]);
  });

  it('must say what changes, of a measure of this programme', () => {
    const neither = commandSchema.safeParse(status({}));
    expect(neither.success).toBe(false);
    expect(neither.error?.issues[0]?.message).toBe('set rag, lifecycle or both');
    spec
      .given([opened, measure])
      .when(status({ measureId: 'm9', rag: 'groen' }))
      .thenError('MEASURE_NOT_FOUND');
    spec
      .given([])
      .when(status({ rag: 'groen' }))
      .thenError('PROGRAMME_NOT_FOUND');
  });

  it('may restart a stopped measure', () => {
    spec
      .given([opened, measure, stopped])
      .when(status({ lifecycle: 'running', effectiveDate: '2024-01-01' }))
      .then([
        { type: 'MeasureStatusChanged', data: { measureId: 'm1', lifecycle: 'running', effectiveDate: '2024-01-01' } },
      ]);
  });
});

describe('stated totals', () => {
  it('hold programme figures only, in the period', () => {
    const total = (over: Partial<CommandInputOf<'RecordProgrammeStatedTotal'>>): CommandInput => ({
      type: 'RecordProgrammeStatedTotal',
      data: {
        programmeId: P,
        totalId: 'tb',
        label: 'Totale baten',
        figure: 'planned',
        scope: { level: 'programme' },
        year: 2022,
        amount: '€ 3.617.500',
        ...over,
      },
    });
    spec
      .given([opened])
      .when(total({}))
      .then([
        {
          type: 'StatedTotalRecorded',
          data: {
            totalId: 'tb',
            label: 'Totale baten',
            figure: 'planned',
            scope: { level: 'programme' },
            year: 2022,
            amount: '3617500',
          },
        },
      ]);
    spec
      .given([opened])
      .when(total({ figure: 'saldo' }))
      .thenError('FIGURE_NOT_FOR_STREAM');
    spec
      .given([opened])
      .when(total({ year: 2019 }))
      .thenError('YEAR_OUTSIDE_PERIOD');
  });

  it('say when they were known in a form the reconciliation can place: a P&C moment or a date-time with offset', () => {
    const total = (knownAt: string): CommandInput => ({
      type: 'RecordProgrammeStatedTotal',
      data: {
        programmeId: P,
        totalId: 'tb',
        label: 'Totale baten',
        figure: 'planned',
        scope: { level: 'programme' },
        year: 2022,
        amount: '1',
        knownAt,
      },
    });
    const recorded = (knownAt: string) => ({
      type: 'StatedTotalRecorded' as const,
      data: {
        totalId: 'tb',
        label: 'Totale baten',
        figure: 'planned' as const,
        scope: { level: 'programme' as const },
        year: 2022,
        amount: '1',
        knownAt,
      },
    });
    spec
      .given([opened])
      .when(total('2021-initieel'))
      .then([recorded('2021-initieel')]);
    spec
      .given([opened])
      .when(total('2021-10-01T12:00:00+02:00'))
      .then([recorded('2021-10-01T12:00:00+02:00')]);
    for (const loose of ['2021-10-01T12:00', 'October 2021', 'Berap 2']) {
      const parsed = commandSchema.safeParse(total(loose));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ['data', 'knownAt'],
        message: 'a P&C moment name (berap-2-2021) or an ISO date-time with offset',
      });
    }
  });
});

describe('the spec helper itself', () => {
  it('fails when the decision differs from the expectation', () => {
    expect(() =>
      spec
        .given([opened])
        .when({
          type: 'RegisterMeasure',
          data: {
            programmeId: P,
            measureId: 'm2',
            code: 'X',
            title: 'x',
            domain: 'WMO',
            category: 'beleidskeuze',
            owner: 'o',
          },
        })
        .then([]),
    ).toThrow(/expected events/);
    expect(() =>
      spec
        .given([])
        .when({
          type: 'RecordDecision',
          data: { programmeId: P, decisionId: 'd', body: 'raad', date: '2022-01-01', reference: 'r', summary: 's' },
        })
        .thenError('TENANT_MISMATCH'),
    ).toThrow(/expected TENANT_MISMATCH, got PROGRAMME_NOT_FOUND/);
  });
});

describe('dates', () => {
  it('must exist on the calendar', () => {
    expect(() =>
      spec.given([opened]).when({
        type: 'RecordDecision',
        data: { programmeId: P, decisionId: 'd', body: 'raad', date: '2022-02-30', reference: 'r', summary: 's' },
      }),
    ).toThrow(/calendar date/);
    spec
      .given([opened])
      .when({
        type: 'RecordDecision',
        data: { programmeId: P, decisionId: 'd', body: 'raad', date: '2024-02-29', reference: 'r', summary: 's' },
      })
      .then([
        {
          type: 'DecisionRecorded',
          data: { decisionId: 'd', body: 'raad', date: '2024-02-29', reference: 'r', summary: 's' },
        },
      ]);
  });
});
