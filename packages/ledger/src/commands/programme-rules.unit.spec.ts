import { describe, it } from 'vitest';
import type { DomainEvent } from '../events/catalogue.js';
import type { CommandInput, CommandInputOf } from './catalogue.js';
import { programmeSpec } from '../testing/decider-spec.js';
import { decision, measure, opened, P, stopped } from './__fixtures__/programme-givens.js';

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
