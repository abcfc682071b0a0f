import fc from 'fast-check';
import type { DomainEvent } from '../../events/catalogue.js';

/** A given event with the id a correction names (the shape of the decider spec's GivenEvent). */
type GivenEvent = DomainEvent & { readonly eventId?: string };

// Streams holding every correctable type, and replacements drawn from small pools of valid and invalid
// values (years inside and outside the period, known and unknown domains, decisions, measures, codes),
// so that every rule of every original command is met and broken often.
const e = (eventId: string, type: GivenEvent['type'], data: Record<string, unknown>) =>
  ({ eventId, type, data }) as GivenEvent;

export const P = 'prog-1';
export const programmeStream: GivenEvent[] = [
  e('e-open', 'ProgrammeOpened', {
    programmeId: P,
    municipality: 'GM0118',
    title: 'T',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'bk', name: 'Beleidskeuze' }],
  }),
  e('e-d1', 'DecisionRecorded', { decisionId: 'd1', body: 'raad', date: '2022-01-01', reference: 'r', summary: 's' }),
  e('e-d2', 'DecisionRecorded', {
    decisionId: 'd2',
    body: 'college',
    date: '2022-03-01',
    reference: 'r',
    summary: 's',
  }),
  e('e-m1', 'MeasureRegistered', {
    measureId: 'm1',
    code: 'A.1',
    title: 't',
    domain: 'WMO',
    category: 'bk',
    owner: 'o',
  }),
  e('e-m2', 'MeasureRegistered', {
    measureId: 'm2',
    code: 'A.2',
    title: 't',
    domain: 'JEUGD',
    category: 'bk',
    owner: 'o',
  }),
  e('e-t1', 'TargetSet', {
    targetId: 't1',
    scope: { level: 'programme' },
    amount: '1900000',
    timing: { kind: 'structural', fromYear: 2022 },
    decisionId: 'd1',
  }),
  e('e-t1r', 'TargetRevised', {
    targetId: 't1',
    amount: '1800000',
    timing: { kind: 'structural', fromYear: 2023 },
    decisionId: 'd2',
  }),
  e('e-mp', 'MeasurePlanRevised', {
    measureId: 'm1',
    lines: [{ year: 2022, amount: '250000', nature: 'structural' }],
    decisionId: 'd1',
  }),
  e('e-pp', 'ProgrammePlanRevised', { lines: [{ year: 2023, amount: 'PM', nature: 'incidental' }], decisionId: 'd1' }),
  e('e-r1', 'SavingRealised', { measureId: 'm1', year: 2022, amount: '80000' }),
  e('e-r2', 'SavingRealised', { measureId: 'm2', year: 2022, amount: 'not-attributable' }),
  e('e-s2', 'MeasureStatusChanged', { measureId: 'm2', lifecycle: 'stopped', effectiveDate: '2023-06-01' }),
  e('e-c1a', 'CostCommitted', {
    costId: 'c1',
    measureId: 'm1',
    year: 2022,
    amount: '350000',
    nature: 'incidental',
    kind: 'staff',
  }),
  e('e-c1b', 'CostCommitted', {
    costId: 'c1',
    measureId: 'm1',
    year: 2023,
    amount: '350000',
    nature: 'incidental',
    kind: 'staff',
  }),
  e('e-c2', 'CostRealised', {
    costId: 'c2',
    measureId: null,
    year: 2022,
    amount: '1000',
    nature: 'incidental',
    kind: 'investment',
  }),
  e('e-st', 'StatedTotalRecorded', {
    totalId: 's1',
    label: 'Tabel 1',
    figure: 'planned',
    scope: { level: 'programme' },
    year: 2022,
    amount: '250000',
  }),
  e('e-st2', 'StatedTotalRecorded', {
    totalId: 's2',
    label: 'Tabel 2',
    figure: 'costs',
    scope: { level: 'programme' },
    year: 2022,
    amount: '350000',
  }),
];

export const municipalityStream: GivenEvent[] = [
  e('i1', 'IncomeRecorded', { year: 2017, source: 'buig', amount: '19362353', basis: 'estimated' }),
  e('i2', 'IncomeRecorded', {
    year: 2017,
    source: 'gemeentefonds-sociaal-domein',
    amount: '90881891',
    basis: 'realised',
  }),
  e('x1', 'ExpenditureRecorded', {
    year: 2017,
    line: { kind: 'taakveld', code: '6.71' },
    amount: '1',
    basis: 'realised',
  }),
  e('s1', 'StatedTotalRecorded', {
    totalId: 'ms1',
    label: 'Tabel 7',
    figure: 'saldo',
    scope: { level: 'municipality' },
    year: 2017,
    amount: '-646765',
  }),
  e('pc1', 'PcMomentRecorded', { name: 'berap-2-2021', kind: 'berap-2', year: 2021, at: '2021-09-30T12:00:00Z' }),
];

const year = fc.constantFrom(2017, 2021, 2022, 2023, 2025, 2026);
const amount = fc.constantFrom('0', '1500', '-384000', '250000.5', '999999999999.99', '1000000000000');
const decisionId = fc.constantFrom('d1', 'd2', 'd9');
const measureId = fc.constantFrom('m1', 'm2', 'm9');
const nature = fc.constantFrom('structural', 'incidental');
const basis = fc.constantFrom('realised', 'estimated');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const timing = fc.oneof(
  fc.record({ kind: fc.constant('structural'), fromYear: year }),
  fc.record({ kind: fc.constant('incidental'), year }),
);
const lines = fc.array(fc.record({ year, amount: fc.oneof(amount, fc.constant('PM')), nature }), { maxLength: 3 });
const costLine = fc.record({
  measureId: fc.oneof(measureId, fc.constant(null)),
  year,
  amount,
  nature,
  kind: fc.constantFrom('investment', 'staff', 'programme-organisation', 'other'),
});
const statedTotal = (figures: string[]) =>
  fc.record(
    {
      label: fc.constant('Tabel'),
      figure: fc.constantFrom(...figures),
      scope: fc.oneof(
        fc.constant({ level: 'programme' }),
        fc.constant({ level: 'municipality' }),
        fc.record({ level: fc.constant('domain'), domain: fc.constantFrom('WMO', 'ONDERWIJS') }),
        fc.record({ level: fc.constant('measure'), measureId }),
      ),
      year,
      amount,
      knownAt: opt(fc.constantFrom('berap-2-2021', '2022-01-01T00:00:00Z', 'Berap 2!')),
    },
    { requiredKeys: ['label', 'figure', 'scope', 'year', 'amount'] },
  );
const withoutUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Per correctable type: the ids of the entries of that type, and replacement values (identity added by the test). */
export const programmeReplacements: Record<string, { ids: string[]; values: fc.Arbitrary<Record<string, unknown>> }> = {
  DecisionRecorded: {
    ids: ['e-d1', 'e-d2'],
    values: fc
      .record({
        body: fc.constantFrom('raad', 'college', 'unknown'),
        date: fc.constantFrom('2022-01-01', 'unknown'),
        reference: fc.constantFrom('r', 'RB 2022/12'),
        summary: fc.constant('s'),
        unknownBecause: opt(fc.constant('niet in het document')),
      })
      .map(withoutUndefined),
  },
  TargetSet: {
    ids: ['e-t1'],
    values: fc.record({
      scope: fc.oneof(
        fc.constant({ level: 'programme' }),
        fc.record({ level: fc.constant('domain'), domain: fc.constantFrom('WMO', 'jeugd', 'ONDERWIJS') }),
      ),
      amount,
      timing,
      decisionId,
    }),
  },
  TargetRevised: { ids: ['e-t1r'], values: fc.record({ amount, timing, decisionId }) },
  MeasureRegistered: {
    ids: ['e-m1', 'e-m2'],
    values: fc
      .record({
        code: fc.constantFrom('A.1', 'a.1', 'A.2', 'B 3'),
        title: fc.constant('t'),
        domain: fc.constantFrom('WMO', 'JEUGD', 'ONDERWIJS'),
        category: fc.constantFrom('bk', 'bedrijfsvoering'),
        owner: fc.constant('o'),
        parentMeasureId: opt(fc.constantFrom('m1', 'm2', 'm9')),
      })
      .map(withoutUndefined),
  },
  MeasurePlanRevised: { ids: ['e-mp'], values: fc.record({ lines, decisionId }) },
  ProgrammePlanRevised: { ids: ['e-pp'], values: fc.record({ lines, decisionId }) },
  MeasureStatusChanged: {
    ids: ['e-s2'],
    values: fc
      .record({
        rag: opt(fc.constantFrom('groen', 'rood')),
        lifecycle: opt(fc.constantFrom('running', 'stopped')),
        effectiveDate: fc.constantFrom('2023-06-01', '2024-01-01'),
      })
      .map(withoutUndefined),
  },
  SavingRealised: {
    ids: ['e-r1', 'e-r2'],
    values: fc.record({ year, amount: fc.oneof(amount, fc.constant('not-attributable')) }),
  },
  CostCommitted: { ids: ['e-c1a', 'e-c1b'], values: costLine },
  CostRealised: { ids: ['e-c2'], values: costLine },
  StatedTotalRecorded: {
    ids: ['e-st', 'e-st2'],
    values: statedTotal(['planned', 'gap', 'saldo']).map(withoutUndefined),
  },
};

export const municipalityReplacements: typeof programmeReplacements = {
  IncomeRecorded: {
    ids: ['i1', 'i2'],
    values: fc.record({
      year: fc.constantFrom(2017, 2018),
      source: fc.constantFrom('buig', 'gemeentefonds-sociaal-domein', 'algemene-uitkering'),
      amount,
      basis,
    }),
  },
  ExpenditureRecorded: {
    ids: ['x1'],
    values: fc.record({
      year: fc.constantFrom(2017, 2023, 2025),
      line: fc.oneof(
        fc.record({ kind: fc.constant('taakveld'), code: fc.constantFrom('6.71', '6.71a', '6.711') }),
        fc.constant({ kind: 'overhead' }),
      ),
      amount,
      basis,
    }),
  },
  StatedTotalRecorded: { ids: ['s1'], values: statedTotal(['saldo', 'income', 'planned']).map(withoutUndefined) },
  PcMomentRecorded: {
    ids: ['pc1'],
    values: fc
      .record({
        kind: fc.constantFrom('berap-2', 'voortgangsrapportage'),
        year: fc.constantFrom(2021, 2022),
        at: fc.constant('2021-09-30T12:00:00Z'),
        label: opt(fc.constant('Voortgangsrapportage Q2')),
      })
      .map(withoutUndefined),
  },
};
