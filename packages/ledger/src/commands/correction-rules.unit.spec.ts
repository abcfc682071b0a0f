import { describe, it } from 'vitest';
import { municipalitySpec, programmeSpec, type GivenEvent } from '../testing/decider-spec.js';
import type { CommandInput, CommandInputOf } from './catalogue.js';

const P = 'prog-1';
const opened: GivenEvent = {
  type: 'ProgrammeOpened',
  eventId: 'e-open',
  data: {
    programmeId: P,
    municipality: 'GM0118',
    title: 'T',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'Beleidskeuze' }],
  },
};
const measure: GivenEvent = {
  type: 'MeasureRegistered',
  eventId: 'e-m1',
  data: { measureId: 'm1', code: 'A.1', title: 'T', domain: 'WMO', category: 'bk', owner: 'o' },
};
const measure2: GivenEvent = {
  type: 'MeasureRegistered',
  eventId: 'e-m2',
  data: { measureId: 'm2', code: 'A.2', title: 'T2', domain: 'WMO', category: 'bk', owner: 'o' },
};
const realised: GivenEvent = {
  type: 'SavingRealised',
  eventId: 'e-r1',
  data: { measureId: 'm1', year: 2022, amount: '80000' },
};
const correct = (correctedEventId: string, replacement: Record<string, unknown>) => ({
  type: 'CorrectProgrammeEntry' as const,
  data: { programmeId: P, correctedEventId, replacement, explanation: 'typefout in de rapportage' },
});
const spec = programmeSpec();

describe('corrections', () => {
  it('name the corrected event and carry the full replacement', () => {
    spec
      .given([opened, measure, realised])
      .when(correct('e-r1', { measureId: 'm1', year: 2022, amount: '8000' }))
      .then([
        {
          type: 'EntryCorrected',
          data: {
            correctedEventId: 'e-r1',
            correctedType: 'SavingRealised',
            replacement: { measureId: 'm1', year: 2022, amount: '8000' },
            explanation: 'typefout in de rapportage',
          },
        },
      ]);
  });

  it('must name an event of this stream', () => {
    spec.given([opened, measure]).when(correct('e-elsewhere', {})).thenError('CORRECTION_TARGET_NOT_FOUND');
  });

  it('cannot correct what is not correctable (opening a programme)', () => {
    spec.given([opened]).when(correct('e-open', {})).thenError('CORRECTION_TARGET_NOT_CORRECTABLE');
  });

  it('must give a replacement valid for the corrected type', () => {
    spec
      .given([opened, measure, realised])
      .when(correct('e-r1', { measureId: 'm1', year: 2022, amount: '80.000,001' }))
      .thenError('CORRECTION_REPLACEMENT_INVALID');
    spec
      .given([opened, measure, realised])
      .when(correct('e-r1', { measureId: 'm1', year: 2022 }))
      .thenError('CORRECTION_REPLACEMENT_INVALID');
  });

  it('cannot change what the entry is about', () => {
    spec
      .given([opened, measure, measure2, realised])
      .when(correct('e-r1', { measureId: 'm2', year: 2022, amount: '80000' }))
      .thenError('CORRECTION_REPLACEMENT_INVALID');
  });

  it('must still obey the rules of the original command', () => {
    spec
      .given([opened, measure, realised])
      .when(correct('e-r1', { measureId: 'm1', year: 2027, amount: '80000' }))
      .thenError('YEAR_OUTSIDE_PERIOD');
    spec
      .given([opened, measure, measure2])
      .when(correct('e-m2', { measureId: 'm2', code: 'a.1', title: 'T2', domain: 'WMO', category: 'bk', owner: 'o' }))
      .thenError('MEASURE_CODE_TAKEN');
  });

  it('must change something', () => {
    spec
      .given([opened, measure, realised])
      .when(correct('e-r1', { measureId: 'm1', year: 2022, amount: '80000' }))
      .thenError('CORRECTION_CHANGES_NOTHING');
  });

  it('correcting twice corrects the latest: the second is compared with the first correction', () => {
    const first: GivenEvent = {
      type: 'EntryCorrected',
      eventId: 'e-c1',
      data: {
        correctedEventId: 'e-r1',
        correctedType: 'SavingRealised',
        replacement: { measureId: 'm1', year: 2022, amount: '8000' },
        explanation: 'x',
      },
    };
    spec
      .given([opened, measure, realised, first])
      .when(correct('e-r1', { measureId: 'm1', year: 2022, amount: '8000' }))
      .thenError('CORRECTION_CHANGES_NOTHING');
    // Naming the correction itself corrects the original entry again.
    spec
      .given([opened, measure, realised, first])
      .when(correct('e-c1', { measureId: 'm1', year: 2022, amount: '80000' }))
      .then([
        {
          type: 'EntryCorrected',
          data: {
            correctedEventId: 'e-r1',
            correctedType: 'SavingRealised',
            replacement: { measureId: 'm1', year: 2022, amount: '80000' },
            explanation: 'typefout in de rapportage',
          },
        },
      ]);
  });

  it('of a status change make a stopped measure workable again', () => {
    const stopped: GivenEvent = {
      type: 'MeasureStatusChanged',
      eventId: 'e-s',
      data: { measureId: 'm1', lifecycle: 'stopped', effectiveDate: '2023-01-01' },
    };
    const fixed: GivenEvent = {
      type: 'EntryCorrected',
      eventId: 'e-c',
      data: {
        correctedEventId: 'e-s',
        correctedType: 'MeasureStatusChanged',
        replacement: { measureId: 'm1', lifecycle: 'delayed', effectiveDate: '2023-01-01' },
        explanation: 'was vertraagd, niet gestopt',
      },
    };
    const realise = {
      type: 'RealiseSaving' as const,
      data: { programmeId: P, measureId: 'm1', year: 2023, amount: '1' },
    };
    spec.given([opened, measure, stopped]).when(realise).thenError('MEASURE_STOPPED');
    spec
      .given([opened, measure, stopped, fixed])
      .when(realise)
      .then([{ type: 'SavingRealised', data: { measureId: 'm1', year: 2023, amount: '1' } }]);
  });
});

describe('corrections hold the rules of the command that records the corrected type', () => {
  type Kind = 'staff' | 'investment';
  const costAs = (year: number, kind: Kind) => ({
    costId: 'c1',
    measureId: 'm1',
    year,
    amount: '350000',
    nature: 'incidental' as const,
    kind,
  });
  const cost = (eventId: string, year: number, kind: Kind): GivenEvent => ({
    type: 'CostCommitted',
    eventId,
    data: costAs(year, kind),
  });

  it('refuse another kind for one year of a cost line, as CommitCost does (COST_KIND_MISMATCH)', () => {
    const given = [opened, measure, cost('e-c22', 2022, 'staff'), cost('e-c23', 2023, 'staff')];
    spec
      .given(given)
      .when({ type: 'CommitCost', data: { programmeId: P, ...costAs(2024, 'investment') } })
      .thenError('COST_KIND_MISMATCH');
    spec
      .given(given)
      .when(correct('e-c22', costAs(2022, 'investment')))
      .thenError('COST_KIND_MISMATCH');
  });

  it('accept another kind for a cost line of one entry: the entry does not clash with itself', () => {
    spec
      .given([opened, measure, cost('e-c22', 2022, 'staff')])
      .when(correct('e-c22', costAs(2022, 'investment')))
      .then([
        {
          type: 'EntryCorrected',
          data: {
            correctedEventId: 'e-c22',
            correctedType: 'CostCommitted',
            replacement: costAs(2022, 'investment'),
            explanation: 'typefout in de rapportage',
          },
        },
      ]);
  });

  it('refuse a realisation of a stopped measure, as RealiseSaving does: restart it or correct the stop first', () => {
    const stop: GivenEvent = {
      type: 'MeasureStatusChanged',
      eventId: 'e-stop',
      data: { measureId: 'm1', lifecycle: 'stopped', effectiveDate: '2023-06-01' },
    };
    spec
      .given([opened, measure, realised, stop])
      .when(correct('e-r1', { measureId: 'm1', year: 2022, amount: '8000' }))
      .thenError('MEASURE_STOPPED');
  });

  it('refuse income that counts the gemeentefonds twice, as RecordIncome does', () => {
    const combined: GivenEvent = {
      type: 'IncomeRecorded',
      eventId: 'i-gf',
      data: { year: 2017, source: 'gemeentefonds-sociaal-domein', amount: '90881891', basis: 'realised' },
    };
    const buig: GivenEvent = {
      type: 'IncomeRecorded',
      eventId: 'i-buig',
      data: { year: 2017, source: 'buig', amount: '1', basis: 'realised' },
    };
    municipalitySpec()
      .given([combined, buig])
      .when({
        type: 'CorrectMunicipalityEntry',
        data: {
          correctedEventId: 'i-buig',
          replacement: { year: 2017, source: 'algemene-uitkering', amount: '1', basis: 'realised' },
          explanation: 'verkeerde bron',
        },
      })
      .thenError('INCOME_SOURCE_OVERLAP');
  });
});

describe('municipality rules', () => {
  const mspec = municipalitySpec();
  const income = (source: CommandInputOf<'RecordIncome'>['source'], year = 2017): CommandInput => ({
    type: 'RecordIncome',
    data: { year, source, amount: '€ 20.751.450', basis: 'realised' },
  });

  it('record income by source, and never the gemeentefonds share twice in one year', () => {
    mspec
      .given([])
      .when(income('buig'))
      .then([{ type: 'IncomeRecorded', data: { year: 2017, source: 'buig', amount: '20751450', basis: 'realised' } }]);
    const combined: GivenEvent = {
      type: 'IncomeRecorded',
      data: { year: 2017, source: 'gemeentefonds-sociaal-domein', amount: '90881891', basis: 'realised' },
    };
    mspec.given([combined]).when(income('algemene-uitkering')).thenError('INCOME_SOURCE_OVERLAP');
    mspec
      .given([combined])
      .when(income('algemene-uitkering', 2018))
      .then([
        {
          type: 'IncomeRecorded',
          data: { year: 2018, source: 'algemene-uitkering', amount: '20751450', basis: 'realised' },
        },
      ]);
    const part: GivenEvent = {
      type: 'IncomeRecorded',
      data: { year: 2017, source: 'integratie-uitkering', amount: '1', basis: 'realised' },
    };
    mspec.given([part]).when(income('gemeentefonds-sociaal-domein')).thenError('INCOME_SOURCE_OVERLAP');
  });

  it('accept a taakveld code only in the years its Iv3 list is valid', () => {
    const spend = (code: string, year: number): CommandInput => ({
      type: 'RecordExpenditure',
      data: { year, line: { kind: 'taakveld', code }, amount: '119.135.000', basis: 'realised' },
    });
    mspec
      .given([])
      .when(spend('6.71', 2017))
      .then([
        {
          type: 'ExpenditureRecorded',
          data: { year: 2017, line: { kind: 'taakveld', code: '6.71' }, amount: '119135000', basis: 'realised' },
        },
      ]);
    mspec.given([]).when(spend('6.71', 2023)).thenError('UNKNOWN_TAAKVELD');
    mspec
      .given([])
      .when(spend('6.71a', 2023))
      .then([
        {
          type: 'ExpenditureRecorded',
          data: { year: 2023, line: { kind: 'taakveld', code: '6.71a' }, amount: '119135000', basis: 'realised' },
        },
      ]);
    mspec.given([]).when(spend('6.71a', 2025)).thenError('UNKNOWN_TAAKVELD');
    mspec
      .given([])
      .when(spend('6.711', 2025))
      .then([
        {
          type: 'ExpenditureRecorded',
          data: { year: 2025, line: { kind: 'taakveld', code: '6.711' }, amount: '119135000', basis: 'realised' },
        },
      ]);
  });

  it('name each P&C moment once', () => {
    const moment: CommandInput = {
      type: 'RecordPcMoment',
      data: { name: 'berap-2-2021', kind: 'berap-2', year: 2021, at: '2021-09-30T12:00:00Z' },
    };
    const recorded: GivenEvent = {
      type: 'PcMomentRecorded',
      data: { name: 'berap-2-2021', kind: 'berap-2', year: 2021, at: '2021-09-30T12:00:00Z' },
    };
    mspec.given([]).when(moment).then([recorded]);
    mspec.given([recorded]).when(moment).thenError('PC_MOMENT_ALREADY_RECORDED');
  });

  it('keep municipality figures for municipality totals', () => {
    const total = (figure: CommandInputOf<'RecordMunicipalityStatedTotal'>['figure']): CommandInput => ({
      type: 'RecordMunicipalityStatedTotal',
      data: {
        totalId: 's2019',
        label: 'Tabel 7 saldo 2019',
        figure,
        scope: { level: 'municipality' },
        year: 2019,
        amount: '-2.729.575',
      },
    });
    mspec
      .given([])
      .when(total('saldo'))
      .then([
        {
          type: 'StatedTotalRecorded',
          data: {
            totalId: 's2019',
            label: 'Tabel 7 saldo 2019',
            figure: 'saldo',
            scope: { level: 'municipality' },
            year: 2019,
            amount: '-2729575',
          },
        },
      ]);
    mspec.given([]).when(total('planned')).thenError('FIGURE_NOT_FOR_STREAM');
  });

  it('correct income without changing the rules', () => {
    const recorded: GivenEvent = {
      type: 'IncomeRecorded',
      eventId: 'i1',
      data: { year: 2019, source: 'buig', amount: '19362353', basis: 'estimated' },
    };
    mspec
      .given([recorded])
      .when({
        type: 'CorrectMunicipalityEntry',
        data: {
          correctedEventId: 'i1',
          replacement: { year: 2019, source: 'buig', amount: '19362353', basis: 'realised' },
          explanation: 'jaarrekening 2019',
        },
      })
      .then([
        {
          type: 'EntryCorrected',
          data: {
            correctedEventId: 'i1',
            correctedType: 'IncomeRecorded',
            replacement: { year: 2019, source: 'buig', amount: '19362353', basis: 'realised' },
            explanation: 'jaarrekening 2019',
          },
        },
      ]);
  });
});
