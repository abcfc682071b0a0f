import { z } from 'zod';
import { asOf, money } from './response-schemas.js';

/**
 * Response bodies of the projection routes, as zod schemas: the OpenAPI document and the docs page are
 * generated from them, and openapi-responses.e2e.spec.ts parses real answers with them, so a renamed or
 * dropped field fails a test. The document leaves the objects open (responseSchema): a field added to a
 * view is not a breaking change.
 */
const count = z.number().int();
const asOfObject = z.union([
  z.object({ at: z.string() }),
  z.object({ moment: z.string() }),
  z.object({ position: z.string() }),
]);

const totalsRow = z.object({
  code: z.string().describe('Domain or category code; `unattributed` for the phasing no measure backs.'),
  name: z.string(),
  planned: money,
  realised: money,
  pmCount: count.describe('P.M. plan lines in the row'),
  notAttributableCount: count.describe('realisations reported as `-`'),
  measureCount: count,
});

export const domainTotalsResponse = z.object({
  programmeId: z.string(),
  asOf,
  years: z.array(
    z.object({
      programmeId: z.string(),
      year: z.number().int(),
      domains: z.array(totalsRow).describe('One row per domain in the programme order, then `unattributed`.'),
      categories: z.array(totalsRow),
      total: money.describe("Equals the year slice's `planned`: the rows add up to it."),
    }),
  ),
});

const reconciliationLine = z.object({
  totalId: z.string(),
  label: z.string().describe('The total as the document prints it'),
  figure: z.string().describe('Which figure was stated: `planned`, `realised`, `costs`, `net`, `gap`, …'),
  scope: z.unknown().describe('What the total covers (programme, domain, measures, …)'),
  year: z.number().int(),
  knownAt: z.string().nullable().describe('The moment the stated total describes, as recorded; `null` = latest.'),
  comparedAt: z
    .string()
    .describe("The moment whose figures `computed` is: compare-at, else the total's knownAt, else the as-of."),
  stated: money.describe('The total as printed in the document'),
  computed: money.nullable().describe("The ledger's own sum of the same rows; `null` when not computable."),
  difference: money.nullable().describe('`stated − computed`, exact to the cent.'),
  status: z.enum(['matches', 'differs', 'not-computable']),
});

export const programmeReconciliationResponse = z.object({
  programmeId: z.string(),
  asOf,
  lines: z.array(reconciliationLine),
});

export const municipalityReconciliationResponse = z.object({
  municipality: z.string().describe('CBS code'),
  asOf,
  lines: z.array(reconciliationLine),
});

const resultFigures = {
  planned: money.describe('Baten: planned savings'),
  costs: money.describe('Lasten: committed costs'),
  net: money.describe('Totaal generaal: `planned − costs`'),
  realised: money,
  realisedCosts: money,
  realisedNet: money,
};

export const programmeResultResponse = z.object({
  programmeId: z.string(),
  asOf,
  perYear: z.array(z.object({ year: z.number().int(), ...resultFigures })),
  finalYear: z
    .object({ ...resultFigures, year: z.number().int(), label: z.string() })
    .describe(
      'Structural effect in the final year (structureel effect in het laatste jaar): structural plans and costs in force in the last year; a saving counts once',
    ),
  cumulative: z
    .object({ ...resultFigures, firstYear: z.number().int(), lastYear: z.number().int(), label: z.string() })
    .describe(
      'Cumulative over the period (cumulatief over de periode): every year summed, so a structural amount counts once for each year it runs',
    ),
  byRag: z.record(z.string(), count).describe('Measures per RAG colour (`groen`, `oranje`, `rood`, `none`)'),
  byLifecycle: z.record(z.string(), count).describe('Measures per lifecycle state'),
});

export const measureReportResponse = z.object({
  programmeId: z.string(),
  asOf,
  rows: z.array(
    z.object({
      measureId: z.string(),
      code: z.string(),
      title: z.string(),
      parentMeasureId: z.string().nullable().describe('The measure this one is part of (a sub-measure), else `null`'),
      subMeasures: count.describe('How many sub-measures add up to this row (0: the row carries its own figures)'),
      year: z.number().int(),
      planned: money.describe('Plan lines in force in the year (P.M. counts 0 here, see `pmCount`)'),
      pmCount: count,
      realised: money.nullable().describe('As last reported; `null` when nothing was reported'),
      notAttributable: z.boolean().describe('Realised reported as `-`'),
      variance: money.nullable().describe('`realised − planned`; `null` when no amount was realised'),
      overRealisation: money.nullable().describe('The part of `realised` above plan'),
    }),
  ),
  counts: z.object({
    measures: count,
    pm: count,
    notAttributable: count,
    overRealised: count,
    notReported: count,
  }),
});

const figureChange = z.object({
  figure: z.string(),
  year: z.number().int().nullable(),
  old: z.string().nullable(),
  new: z.string().nullable(),
  eventIds: z.array(z.string()).describe('The events recorded between `from` and `to` that changed it'),
});

export const programmeDiffResponse = z.object({
  programmeId: z.string(),
  from: asOfObject.describe('`from` as asked, parsed'),
  to: asOfObject.nullable().describe('`to` (or `asOf`) as asked, parsed; `null` = now'),
  events: z
    .object({ recorded: count, changedFigures: count, leftOut: count })
    .describe(
      'Events recorded between the moments; only those that changed a figure are named (the audit trail keeps all)',
    ),
  programme: z.array(figureChange),
  measures: z.array(z.object({ measureId: z.string(), code: z.string().nullable(), changes: z.array(figureChange) })),
});

export const fiscalBalanceResponse = z.object({
  municipality: z.string(),
  asOf,
  from: z.number().int(),
  to: z.number().int(),
  years: z.array(
    z.object({
      year: z.number().int(),
      income: money,
      expenditure: money,
      saldo: money,
      plannedStructuralSavings: money,
      projectedSaldo: money,
      basis: z.enum(['realised', 'estimated', 'mixed', 'none']),
      complete: z.boolean(),
      missing: z.array(z.enum(['income', 'taakveld-expenditure'])),
      incomeLines: z.array(z.object({ source: z.string(), amount: money, basis: z.string() })),
      expenditureLines: z.array(
        z.object({ line: z.string(), detail: z.string().optional(), amount: money, basis: z.string() }),
      ),
    }),
  ),
});
