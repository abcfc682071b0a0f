import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events/catalogue.js';
import { commandSchema, type CommandInput, type CommandInputOf } from './catalogue.js';
import { programmeSpec } from '../testing/decider-spec.js';

const P = 'prog-1';
const opened: DomainEvent = {
  type: 'ProgrammeOpened',
  data: {
    programmeId: P,
    municipality: 'GM0118',
    title: 'Herontwerp sociaal domein',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
  },
};
const decision: DomainEvent = {
  type: 'DecisionRecorded',
  data: { decisionId: 'raad-1', body: 'raad', date: '2022-02-24', reference: 'RB 2022/12', summary: 'Programmaplan' },
};
const measure: DomainEvent = {
  type: 'MeasureRegistered',
  data: {
    measureId: 'm1',
    code: 'C 2.1',
    title: 'Voorliggend veld',
    domain: 'WMO',
    category: 'beleidskeuze',
    owner: 'Team Wmo',
  },
};
const stopped: DomainEvent = {
  type: 'MeasureStatusChanged',
  data: { measureId: 'm1', lifecycle: 'stopped', effectiveDate: '2023-06-01' },
};
const spec = programmeSpec();

describe('opening a programme', () => {
  it("records the programme for the caller's municipality", () => {
    spec
      .given([])
      .when({
        type: 'OpenProgramme',
        data: {
          programmeId: P,
          title: 'Herontwerp sociaal domein',
          period: { firstYear: 2022, lastYear: 2025 },
          domains: [
            { code: 'WMO', name: 'Wmo' },
            { code: 'JEUGD', name: 'Jeugd' },
          ],
          categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
        },
      })
      .then([opened]);
  });

  it('refuses to open it twice', () => {
    spec
      .given([opened])
      .when({
        type: 'OpenProgramme',
        data: {
          programmeId: P,
          title: 'x',
          period: { firstYear: 2022, lastYear: 2025 },
          domains: [{ code: 'A', name: 'A' }],
          categories: [{ code: 'B', name: 'B' }],
        },
      })
      .thenError('PROGRAMME_ALREADY_OPENED');
  });

  it('refuses an invalid body for its own fault, whether or not the id is taken (no probing for ids)', () => {
    const invalid = {
      type: 'OpenProgramme' as const,
      data: {
        programmeId: P,
        title: 'x',
        period: { firstYear: 2025, lastYear: 2022 },
        domains: [{ code: 'A', name: 'A' }],
        categories: [{ code: 'B', name: 'B' }],
      },
    };
    spec.given([opened]).when(invalid).thenError('INVALID_PERIOD');
    spec.given([]).when(invalid).thenError('INVALID_PERIOD');
  });

  it('refuses a period that runs backwards or spans more than 20 years', () => {
    const open = (firstYear: number, lastYear: number) =>
      spec.given([]).when({
        type: 'OpenProgramme',
        data: {
          programmeId: P,
          title: 'x',
          period: { firstYear, lastYear },
          domains: [{ code: 'A', name: 'A' }],
          categories: [{ code: 'B', name: 'B' }],
        },
      });
    open(2025, 2022).thenError('INVALID_PERIOD');
    open(2020, 2040).thenError('INVALID_PERIOD');
  });

  it('refuses a domain code listed twice, however it is spaced or cased', () => {
    spec
      .given([])
      .when({
        type: 'OpenProgramme',
        data: {
          programmeId: P,
          title: 'x',
          period: { firstYear: 2022, lastYear: 2025 },
          domains: [
            { code: 'Wmo', name: 'Wmo' },
            { code: 'WMO ', name: 'Wmo 2' },
          ],
          categories: [{ code: 'B', name: 'B' }],
        },
      })
      .thenError('DUPLICATE_CODE');
  });
});

describe('commands on a programme', () => {
  it('need the programme to exist', () => {
    spec
      .given([])
      .when({
        type: 'RecordDecision',
        data: { programmeId: P, decisionId: 'd', body: 'college', date: '2022-01-01', reference: 'r', summary: 's' },
      })
      .thenError('PROGRAMME_NOT_FOUND');
  });

  it('are refused to another municipality', () => {
    programmeSpec({ tenant: 'GM0106' })
      .given([opened])
      .when({
        type: 'RecordDecision',
        data: { programmeId: P, decisionId: 'd', body: 'college', date: '2022-01-01', reference: 'r', summary: 's' },
      })
      .thenError('TENANT_MISMATCH');
  });
});

describe('targets', () => {
  const target = (over: Record<string, unknown> = {}) => ({
    type: 'SetTarget' as const,
    data: {
      programmeId: P,
      targetId: 't1',
      scope: { level: 'programme' as const },
      amount: '€ 1.900.000',
      timing: { kind: 'structural' as const, fromYear: 2025 },
      decisionId: 'raad-1',
      ...over,
    },
  });

  it('are set on a recorded decision, with Dutch amounts made canonical', () => {
    spec
      .given([opened, decision])
      .when(target())
      .then([
        {
          type: 'TargetSet',
          data: {
            targetId: 't1',
            scope: { level: 'programme' },
            amount: '1900000',
            timing: { kind: 'structural', fromYear: 2025 },
            decisionId: 'raad-1',
          },
        },
      ]);
  });

  it('must name a decision that was recorded', () => {
    spec.given([opened]).when(target()).thenError('DECISION_NOT_FOUND');
  });

  it('must fall within the programme period', () => {
    spec
      .given([opened, decision])
      .when(target({ timing: { kind: 'incidental', year: 2026 } }))
      .thenError('YEAR_OUTSIDE_PERIOD');
  });

  it("must be for one of the programme's domains", () => {
    spec
      .given([opened, decision])
      .when(target({ scope: { level: 'domain', domain: 'Participatie' } }))
      .thenError('UNKNOWN_DOMAIN');
  });

  it('must stay below 10^12', () => {
    spec
      .given([opened, decision])
      .when(target({ amount: '1000000000000' }))
      .thenError('AMOUNT_OUT_OF_RANGE');
    spec
      .given([opened, decision])
      .when(target({ amount: '-1000000000000' }))
      .thenError('AMOUNT_OUT_OF_RANGE');
  });

  it('are set once and revised after', () => {
    const set: DomainEvent = {
      type: 'TargetSet',
      data: {
        targetId: 't1',
        scope: { level: 'programme' },
        amount: '1900000',
        timing: { kind: 'structural', fromYear: 2025 },
        decisionId: 'raad-1',
      },
    };
    spec.given([opened, decision, set]).when(target()).thenError('TARGET_ALREADY_SET');
    spec
      .given([opened, decision])
      .when({
        type: 'ReviseTarget',
        data: {
          programmeId: P,
          targetId: 't1',
          amount: '2000000',
          timing: { kind: 'structural', fromYear: 2025 },
          decisionId: 'raad-1',
        },
      })
      .thenError('TARGET_NOT_FOUND');
    spec
      .given([opened, decision, set])
      .when({
        type: 'ReviseTarget',
        data: {
          programmeId: P,
          targetId: 't1',
          amount: '2.000.000',
          timing: { kind: 'structural', fromYear: 2024 },
          decisionId: 'raad-1',
        },
      })
      .then([
        {
          type: 'TargetRevised',
          data: {
            targetId: 't1',
            amount: '2000000',
            timing: { kind: 'structural', fromYear: 2024 },
            decisionId: 'raad-1',
          },
        },
      ]);
  });
});

describe('measures', () => {
  const register = (over: Record<string, unknown> = {}) => ({
    type: 'RegisterMeasure' as const,
    data: {
      programmeId: P,
      measureId: 'm2',
      code: 'C 2.2',
      title: 'x',
      domain: 'WMO',
      category: 'beleidskeuze',
      owner: 'o',
      ...over,
    },
  });

  it("are registered in one of the programme's domains and categories", () => {
    spec
      .given([opened])
      .when(register())
      .then([
        {
          type: 'MeasureRegistered',
          data: { measureId: 'm2', code: 'C 2.2', title: 'x', domain: 'WMO', category: 'beleidskeuze', owner: 'o' },
        },
      ]);
    spec
      .given([opened])
      .when(register({ domain: 'Onderwijs' }))
      .thenError('UNKNOWN_DOMAIN');
    spec
      .given([opened])
      .when(register({ category: 'bedrijfsvoering' }))
      .thenError('UNKNOWN_CATEGORY');
  });

  it('have codes unique within the programme, as printed or re-spaced', () => {
    spec
      .given([opened, measure])
      .when(register({ code: 'C 2.1' }))
      .thenError('MEASURE_CODE_TAKEN');
    spec
      .given([opened, measure])
      .when(register({ code: 'c2.1' }))
      .thenError('MEASURE_CODE_TAKEN');
    spec
      .given([opened, measure])
      .when(register({ measureId: 'm1', code: 'C 9' }))
      .thenError('MEASURE_ALREADY_REGISTERED');
  });
});

describe('plans', () => {
  const plan = (
    lines: CommandInputOf<'ReviseMeasurePlan'>['lines'],
    over: Partial<CommandInputOf<'ReviseMeasurePlan'>> = {},
  ): CommandInput => ({
    type: 'ReviseMeasurePlan',
    data: { programmeId: P, measureId: 'm1', decisionId: 'raad-1', lines, ...over },
  });

  it('hold structural, incidental and P.M. lines per budget year', () => {
    spec
      .given([opened, decision, measure])
      .when(
        plan([
          { year: 2022, amount: '€ 106.600', nature: 'structural' },
          { year: 2023, amount: 'P.M.', nature: 'incidental' },
        ]),
      )
      .then([
        {
          type: 'MeasurePlanRevised',
          data: {
            measureId: 'm1',
            decisionId: 'raad-1',
            lines: [
              { year: 2022, amount: '106600', nature: 'structural' },
              { year: 2023, amount: 'PM', nature: 'incidental' },
            ],
          },
        },
      ]);
  });

  it('refuse years outside the period, unknown measures, missing decisions and duplicate lines', () => {
    spec
      .given([opened, decision, measure])
      .when(plan([{ year: 2021, amount: '1', nature: 'structural' }]))
      .thenError('YEAR_OUTSIDE_PERIOD');
    spec
      .given([opened, decision, measure])
      .when(plan([], { measureId: 'nope' }))
      .thenError('MEASURE_NOT_FOUND');
    spec.given([opened, measure]).when(plan([])).thenError('DECISION_NOT_FOUND');
    spec
      .given([opened, decision, measure])
      .when(
        plan([
          { year: 2022, amount: '1', nature: 'structural' },
          { year: 2022, amount: '2', nature: 'structural' },
        ]),
      )
      .thenError('DUPLICATE_PLAN_LINE');
  });

  it('cannot change on a stopped measure', () => {
    spec.given([opened, decision, measure, stopped]).when(plan([])).thenError('MEASURE_STOPPED');
  });

  it('can change again once a stopped measure is restarted', () => {
    const restarted: DomainEvent = {
      type: 'MeasureStatusChanged',
      data: { measureId: 'm1', lifecycle: 'running', effectiveDate: '2023-09-01' },
    };
    spec
      .given([opened, decision, measure, stopped, restarted])
      .when(plan([]))
      .then([{ type: 'MeasurePlanRevised', data: { measureId: 'm1', decisionId: 'raad-1', lines: [] } }]);
  });

  it('at programme level hold the unattributed tranches, on a decision', () => {
    spec
      .given([opened])
      .when({ type: 'ReviseProgrammePlan', data: { programmeId: P, decisionId: 'raad-1', lines: [] } })
      .thenError('DECISION_NOT_FOUND');
  });
});

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
