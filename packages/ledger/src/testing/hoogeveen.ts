import type { CommandInput } from '../commands/catalogue.js';

/**
 * The Hoogeveen programme "Herontwerp sociaal domein 2022-2025" as commands, from the programme plan
 * (seed 002_1c00f9e54d73cefc.txt): tranches (lines 750-757), domain split (lines 736-744) and the
 * incidental investment (lines 759-765). A fixture for tests and examples, usable by any package.
 */
export const HOOGEVEEN = 'GM0118';
export const HOOGEVEEN_PROGRAMME = 'hoogeveen-herontwerp-2022-2025';

const p = { programmeId: HOOGEVEEN_PROGRAMME };

export const hoogeveenDomains = [
  { code: 'PART', name: 'Participatie/SHV', planned: '€ 200.000' },
  { code: 'WMO', name: 'Wmo', planned: '€ 650.000' },
  { code: 'JEUGD', name: 'Jeugd', planned: '€ 450.000' },
  { code: 'BREED', name: 'Sociaal breed', planned: '€ 600.000' },
] as const;

export const hoogeveenCommands = (): CommandInput[] => [
  {
    type: 'OpenProgramme',
    data: {
      ...p,
      title: 'Herontwerp sociaal domein 2022-2025',
      period: { firstYear: 2022, lastYear: 2025 },
      domains: hoogeveenDomains.map(({ code, name }) => ({ code, name })),
      categories: [
        { code: 'beleidskeuze', name: 'Beleidskeuze' },
        { code: 'bedrijfsvoering', name: 'Bedrijfsvoering' },
      ],
    },
  },
  {
    type: 'RecordDecision',
    data: {
      ...p,
      decisionId: 'raad-2022-programmaplan',
      body: 'raad',
      date: '2022-02-24',
      reference: 'Programmaplan Herontwerp sociaal domein 2022-2025',
      summary: 'Programmaplan vastgesteld: € 1,9 miljoen structureel in 2025',
    },
  },
  {
    type: 'SetTarget',
    data: {
      ...p,
      targetId: 'taakstelling-programma',
      scope: { level: 'programme' },
      amount: '€ 1.900.000',
      timing: { kind: 'structural', fromYear: 2025 },
      decisionId: 'raad-2022-programmaplan',
    },
  },
  {
    type: 'ReviseProgrammePlan',
    data: {
      ...p,
      decisionId: 'raad-2022-programmaplan',
      lines: [
        { year: 2022, amount: '€ 250.000', nature: 'structural' },
        { year: 2023, amount: '€ 500.000', nature: 'structural' },
        { year: 2024, amount: '1.000.000', nature: 'structural' },
        { year: 2025, amount: '€ 150.000', nature: 'structural' },
      ],
    },
  },
  ...hoogeveenDomains.flatMap(({ code, name, planned }): CommandInput[] => [
    {
      type: 'RegisterMeasure',
      data: {
        ...p,
        measureId: `domein-${code.toLowerCase()}`,
        code,
        title: `Besparing ${name}`,
        domain: code,
        category: 'beleidskeuze',
        owner: 'Programmamanager',
      },
    },
    {
      type: 'ReviseMeasurePlan',
      data: {
        ...p,
        measureId: `domein-${code.toLowerCase()}`,
        decisionId: 'raad-2022-programmaplan',
        lines: [{ year: 2025, amount: planned, nature: 'structural' }],
      },
    },
  ]),
  ...[2022, 2023, 2024, 2025].map((year): CommandInput => ({
    type: 'CommitCost',
    data: {
      ...p,
      costId: 'invoeringskosten',
      measureId: null,
      year,
      amount: '€ 350.000',
      nature: 'incidental',
      kind: 'programme-organisation',
    },
  })),
];
