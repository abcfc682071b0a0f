import type { CommandInput } from '../commands/catalogue.js';
import { toCanonical } from '../money/money.js';
import { parseMoney } from '../money/parse.js';
import { programmeStreamId, scopedProgrammeKey } from '../store/stream-ids.js';

/**
 * The Hoogeveen programme "Herontwerp sociaal domein 2022-2025" as its programme plan prints it (seed
 * 002_1c00f9e54d73cefc.txt, dated 18 januari 2022): the structural tranches (lines 750-757), the split per
 * domain (lines 736-744; Bijlage 8 from line 3593 breaks each domain into measures that add up to it) and
 * the incidental investment (lines 759-765). The one source of every Hoogeveen fixture: the commands
 * below, the projections' test events and the API's test requests are derived from it. Amounts are
 * kept as printed (Dutch notation); `canonical` gives the stored form. The demo journal
 * examples/journals/hoogeveen.yaml records the same plan measure by measure (a test checks they agree).
 */
export const HOOGEVEEN = 'GM0118';
export const HOOGEVEEN_PROGRAMME = 'hoogeveen-herontwerp-2022-2025';
/** Its stream: programme ids are scoped per municipality (docs/programme-ids.md). */
export const HOOGEVEEN_KEY = scopedProgrammeKey(HOOGEVEEN, HOOGEVEEN_PROGRAMME);
export const HOOGEVEEN_STREAM = programmeStreamId(HOOGEVEEN_KEY);

export const hoogeveenPlan = {
  title: 'Herontwerp sociaal domein 2022-2025',
  period: { firstYear: 2022, lastYear: 2025 },
  categories: [
    { code: 'beleidskeuze', name: 'Beleidskeuze' },
    { code: 'bedrijfsvoering', name: 'Bedrijfsvoering' },
  ],
  // The council's own decision date is not in the document; the document date is used (as in the journal).
  decision: {
    decisionId: 'raad-2022-programmaplan',
    body: 'raad',
    date: '2022-01-18',
    reference: 'Programmaplan Herontwerp sociaal domein 2022-2025',
    summary: 'Programmaplan: € 1,9 miljoen structureel in 2025 (besluitdatum niet in het document)',
  },
  target: { targetId: 'taakstelling-programma', amount: '€ 1.900.000', fromYear: 2025 },
  tranches: [
    { year: 2022, amount: '€ 250.000' },
    { year: 2023, amount: '€ 500.000' },
    { year: 2024, amount: '1.000.000' },
    { year: 2025, amount: '€ 150.000' },
  ],
  // One measure per domain, planned structural from 2025, when the document reaches the full saving.
  domains: [
    { code: 'PART', name: 'Participatie/SHV', planned: '€ 200.000' },
    { code: 'WMO', name: 'Wmo', planned: '€ 650.000' },
    { code: 'JEUGD', name: 'Jeugd', planned: '€ 450.000' },
    { code: 'BREED', name: 'Sociaal breed', planned: '€ 600.000' },
  ],
  measureCategory: 'beleidskeuze',
  measureOwner: 'Programmamanager',
  investment: { costId: 'invoeringskosten', amount: '€ 350.000', years: [2022, 2023, 2024, 2025] },
} as const;

export const hoogeveenDomains = hoogeveenPlan.domains;

/** A printed amount of the plan in its stored (canonical) form: '€ 250.000' is '250000'. */
export function canonical(printed: string): string {
  const parsed = parseMoney(printed, 'nl');
  if (!parsed.ok) throw new Error(`${printed}: ${parsed.reason}`);
  return toCanonical(parsed.value);
}

/** The id of the measure that carries a domain's planned saving. */
export const hoogeveenMeasureId = (domainCode: string): string => `domein-${domainCode.toLowerCase()}`;

const p = { programmeId: HOOGEVEEN_PROGRAMME };
const { decision, target, tranches, investment } = hoogeveenPlan;

export const hoogeveenCommands = (): CommandInput[] => [
  {
    type: 'OpenProgramme',
    data: {
      ...p,
      title: hoogeveenPlan.title,
      period: hoogeveenPlan.period,
      domains: hoogeveenDomains.map(({ code, name }) => ({ code, name })),
      categories: [...hoogeveenPlan.categories],
    },
  },
  { type: 'RecordDecision', data: { ...p, ...decision } },
  {
    type: 'SetTarget',
    data: {
      ...p,
      targetId: target.targetId,
      scope: { level: 'programme' },
      amount: target.amount,
      timing: { kind: 'structural', fromYear: target.fromYear },
      decisionId: decision.decisionId,
    },
  },
  {
    type: 'ReviseProgrammePlan',
    data: {
      ...p,
      decisionId: decision.decisionId,
      lines: tranches.map(({ year, amount }) => ({ year, amount, nature: 'structural' as const })),
    },
  },
  ...hoogeveenDomains.flatMap(({ code, name, planned }): CommandInput[] => [
    {
      type: 'RegisterMeasure',
      data: {
        ...p,
        measureId: hoogeveenMeasureId(code),
        code,
        title: `Besparing ${name}`,
        domain: code,
        category: hoogeveenPlan.measureCategory,
        owner: hoogeveenPlan.measureOwner,
      },
    },
    {
      type: 'ReviseMeasurePlan',
      data: {
        ...p,
        measureId: hoogeveenMeasureId(code),
        decisionId: decision.decisionId,
        lines: [{ year: hoogeveenPlan.period.lastYear, amount: planned, nature: 'structural' }],
      },
    },
  ]),
  ...investment.years.map((year): CommandInput => ({
    type: 'CommitCost',
    data: {
      ...p,
      costId: investment.costId,
      measureId: null,
      year,
      amount: investment.amount,
      nature: 'incidental',
      kind: 'programme-organisation',
    },
  })),
];
