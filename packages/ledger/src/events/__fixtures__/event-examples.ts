import type { DomainEvent, EventType } from '../catalogue.js';

/** Metadata of a stored event, valid for every type. */
export const exampleMetadata = {
  eventId: 'e1',
  tenant: 'GM0118',
  actor: 'key:abc:test',
  recordedAt: '2022-03-01T09:00:00.000Z',
  correlationId: 'e1',
  causationId: null,
};

/** One stored v1 example of every event type the ledger writes. */
export const v1Examples: { [T in EventType]: Extract<DomainEvent, { type: T }>['data'] } = {
  ProgrammeOpened: {
    programmeId: 'p',
    municipality: 'GM0118',
    title: 'T',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'Beleidskeuze' }],
  },
  DecisionRecorded: { decisionId: 'd', body: 'raad', date: '2022-02-24', reference: 'RB', summary: 'S' },
  TargetSet: {
    targetId: 't',
    scope: { level: 'domain', domain: 'WMO' },
    amount: '650000',
    timing: { kind: 'structural', fromYear: 2025 },
    decisionId: 'd',
  },
  TargetRevised: { targetId: 't', amount: '700000', timing: { kind: 'incidental', year: 2024 }, decisionId: 'd' },
  MeasureRegistered: { measureId: 'm', code: 'C 2.1', title: 'T', domain: 'WMO', category: 'bk', owner: 'o' },
  MeasurePlanRevised: { measureId: 'm', lines: [{ year: 2022, amount: 'PM', nature: 'structural' }], decisionId: 'd' },
  ProgrammePlanRevised: { lines: [{ year: 2022, amount: '250000', nature: 'structural' }], decisionId: 'd' },
  MeasureStatusChanged: { measureId: 'm', rag: 'oranje', effectiveDate: '2021-04-30' },
  SavingRealised: { measureId: 'm', year: 2022, amount: 'not-attributable' },
  CostCommitted: {
    costId: 'c',
    measureId: null,
    year: 2022,
    amount: '350000',
    nature: 'incidental',
    kind: 'programme-organisation',
  },
  CostRealised: {
    costId: 'c',
    measureId: 'm',
    year: 2022,
    amount: '12.5',
    nature: 'structural',
    kind: 'staff',
    description: 'projectleider',
  },
  IncomeRecorded: { year: 2017, source: 'buig', amount: '20751450', basis: 'realised' },
  ExpenditureRecorded: {
    year: 2017,
    line: { kind: 'taakveld', code: '6.72' },
    detail: 'ZIN',
    amount: '4423000',
    basis: 'realised',
  },
  StatedTotalRecorded: {
    totalId: 's',
    label: 'Saldo',
    figure: 'saldo',
    scope: { level: 'municipality' },
    year: 2019,
    amount: '-2729575',
  },
  PcMomentRecorded: { name: 'berap-2-2021', kind: 'berap-2', year: 2021, at: '2021-09-30T00:00:00Z' },
  EntryCorrected: {
    correctedEventId: 'e0',
    correctedType: 'SavingRealised',
    replacement: { measureId: 'm', year: 2022, amount: '1' },
    explanation: 'typo',
  },
};
