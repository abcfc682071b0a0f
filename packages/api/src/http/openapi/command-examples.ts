import type { CommandInputOf, CommandType } from '@grip/ledger';
import type { EnvelopeNames } from '../validation/command-body.js';

const programmeId = 'hoogeveen-herontwerp-2022-2025';
const decisionId = 'raad-2022-programmaplan';

/**
 * One realistic body per command, from the Hoogeveen programme plan (seed 002). The docs page shows
 * them and a test parses each with the command's schema, so they cannot drift from the contract.
 */
export const COMMAND_EXAMPLES: { [T in CommandType]: CommandInputOf<T> } = {
  OpenProgramme: {
    programmeId,
    title: 'Herontwerp sociaal domein 2022-2025',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
  },
  RecordDecision: {
    programmeId,
    decisionId,
    body: 'raad',
    date: '2022-01-18',
    reference: 'Programmaplan Herontwerp sociaal domein',
    summary: 'Programmaplan vastgesteld',
  },
  SetTarget: {
    programmeId,
    targetId: 'taakstelling',
    scope: { level: 'programme' },
    amount: '€ 1.900.000',
    timing: { kind: 'structural', fromYear: 2025 },
    decisionId,
  },
  ReviseTarget: {
    programmeId,
    targetId: 'taakstelling',
    amount: '2000000',
    timing: { kind: 'structural', fromYear: 2025 },
    decisionId,
  },
  RegisterMeasure: {
    programmeId,
    measureId: 'wmo-1',
    code: 'C 2.1',
    title: 'Hulp bij het huishouden herzien',
    domain: 'WMO',
    category: 'beleidskeuze',
    owner: 'Team Wmo',
  },
  ReviseMeasurePlan: {
    programmeId,
    measureId: 'wmo-1',
    decisionId,
    lines: [
      { year: 2023, amount: '€ 250.000', nature: 'structural' },
      { year: 2024, amount: 'P.M.', nature: 'incidental' },
    ],
  },
  ReviseProgrammePlan: {
    programmeId,
    decisionId,
    lines: [
      { year: 2022, amount: '250000', nature: 'structural' },
      { year: 2023, amount: '500000', nature: 'structural' },
    ],
  },
  ChangeMeasureStatus: {
    programmeId,
    measureId: 'wmo-1',
    rag: 'oranje',
    lifecycle: 'running',
    effectiveDate: '2023-06-30',
  },
  RealiseSaving: { programmeId, measureId: 'wmo-1', year: 2023, amount: '€ 180.000,50' },
  CommitCost: {
    programmeId,
    costId: 'invoeringskosten',
    measureId: null,
    year: 2023,
    amount: '350000',
    nature: 'incidental',
    kind: 'programme-organisation',
  },
  RealiseCost: {
    programmeId,
    costId: 'invoeringskosten',
    measureId: null,
    year: 2023,
    amount: '341250.75',
    nature: 'incidental',
    kind: 'programme-organisation',
  },
  RecordProgrammeStatedTotal: {
    programmeId,
    totalId: 'plan-2025',
    label: 'Totaal besparing 2025',
    figure: 'planned',
    scope: { level: 'programme' },
    year: 2025,
    amount: '1.900.000',
  },
  CorrectProgrammeEntry: {
    programmeId,
    correctedEventId: 'evt-000007',
    replacement: { measureId: 'wmo-1', year: 2023, amount: '175000' },
    explanation: 'Typefout in berap 1',
  },
  RecordIncome: { year: 2017, source: 'gemeentefonds-sociaal-domein', amount: '€ 101.234.567', basis: 'realised' },
  RecordExpenditure: {
    year: 2017,
    line: { kind: 'taakveld', code: '6.72' },
    detail: 'ZIN',
    amount: '12500000',
    basis: 'realised',
  },
  RecordPcMoment: {
    name: 'berap-2-2023',
    kind: 'berap-2',
    year: 2023,
    at: '2023-10-15T12:00:00+02:00',
    label: 'Tweede bestuursrapportage 2023',
  },
  RecordMunicipalityStatedTotal: {
    totalId: 'tabel7-saldo-2017',
    label: 'Tabel 7 saldo 2017',
    figure: 'saldo',
    scope: { level: 'municipality' },
    year: 2017,
    amount: '-€ 646.765',
  },
  CorrectMunicipalityEntry: {
    correctedEventId: 'evt-000012',
    replacement: { year: 2017, source: 'buig', amount: '7100000', basis: 'realised' },
    explanation: 'BUIG volgens jaarrekening',
  },
};

/** The example as a client sends it: path parameters left out, with a reason and a source document. */
export function commandExample(
  type: CommandType,
  pathParams: readonly string[],
  names: EnvelopeNames,
): Record<string, unknown> {
  const data = Object.fromEntries(Object.entries(COMMAND_EXAMPLES[type]).filter(([key]) => !pathParams.includes(key)));
  return {
    ...data,
    ...(names.municipality && { municipality: 'GM0118' }),
    [names.reason]: 'Vastgesteld in de raad van 24 februari 2022',
    [names.source]: { document: 'Programmaplan Herontwerp sociaal domein 2022-2025', location: 'hoofdstuk 6' },
  };
}
