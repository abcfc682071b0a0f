import * as z from 'zod/mini';

/**
 * The parts of the documented /api/v1 responses the dashboard reads. Every answer is parsed here
 * once; the pages then trust the types. Unknown fields are ignored, so the API may grow.
 */
const money = z.string();
const amountOrMarker = z.string(); // a decimal string, "PM" or "not-attributable"
const period = z.object({ firstYear: z.number(), lastYear: z.number() });
const nature = z.enum(['structural', 'incidental']);

export const programmeListSchema = z.object({
  programmes: z.array(z.object({ id: z.string(), municipality: z.string(), title: z.string(), period })),
});

const planLine = z.object({ year: z.number(), amount: amountOrMarker, nature });
export const measureSchema = z.object({
  measureId: z.string(),
  code: z.string(),
  title: z.string(),
  domain: z.string(),
  category: z.string(),
  owner: z.nullable(z.optional(z.string())),
  rag: z.nullable(z.string()),
  lifecycle: z.nullable(z.string()),
  plan: z.array(planLine),
  realised: z.record(z.string(), amountOrMarker),
});
export type Measure = z.infer<typeof measureSchema>;

const codeName = z.object({ code: z.string(), name: z.string() });
export const programmeDetailSchema = z.object({
  id: z.string(),
  municipality: z.string(),
  title: z.string(),
  period,
  domains: z.array(codeName),
  categories: z.array(codeName),
  phasing: z.array(planLine),
  targets: z.array(
    z.object({
      targetId: z.string(),
      amount: money,
      timing: z.object({ kind: z.string(), fromYear: z.optional(z.number()), year: z.optional(z.number()) }),
    }),
  ),
  measures: z.array(measureSchema),
});
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const yearSliceSchema = z.object({
  year: z.number(),
  attributed: money,
  phasing: money,
  planned: money,
  unattributed: money,
  realised: money,
  costs: money,
  realisedCosts: money,
  net: money,
  realisedNet: money,
  target: z.nullable(money),
  gap: z.nullable(money),
  pmCount: z.number(),
  notAttributableCount: z.number(),
});
export type YearSlice = z.infer<typeof yearSliceSchema>;
export const yearSlicesSchema = z.object({ asOf: z.nullable(z.string()), years: z.array(yearSliceSchema) });

const domainLine = z.object({
  code: z.string(),
  name: z.string(),
  planned: money,
  realised: money,
  pmCount: z.number(),
  notAttributableCount: z.number(),
  measureCount: z.number(),
});
export type DomainLine = z.infer<typeof domainLine>;
export const domainTotalsSchema = z.object({
  years: z.array(z.object({ year: z.number(), domains: z.array(domainLine), total: money })),
});

const resultFigures = z.object({
  planned: money,
  costs: money,
  net: money,
  realised: money,
  realisedCosts: money,
  realisedNet: money,
});
export const programmeResultSchema = z.object({
  perYear: z.array(z.extend(resultFigures, { year: z.number() })),
  finalYear: z.extend(resultFigures, { year: z.number() }),
  cumulative: z.extend(resultFigures, { firstYear: z.number(), lastYear: z.number() }),
});
export type ProgrammeResult = z.infer<typeof programmeResultSchema>;

export const momentsSchema = z.object({
  moments: z.array(
    z.object({ name: z.string(), kind: z.string(), year: z.number(), at: z.string(), label: z.nullable(z.string()) }),
  ),
});
export type Moment = z.infer<typeof momentsSchema>['moments'][number];

const change = z.object({
  figure: z.string(),
  year: z.nullable(z.number()),
  old: z.nullable(z.string()),
  new: z.nullable(z.string()),
  eventIds: z.array(z.string()),
});
export type Change = z.infer<typeof change>;
export const diffSchema = z.object({
  programme: z.array(change),
  measures: z.array(z.object({ measureId: z.string(), code: z.string(), changes: z.array(change) })),
});
export type ProgrammeDiff = z.infer<typeof diffSchema>;

const auditEntry = z.object({
  eventId: z.string(),
  type: z.string(),
  actor: z.string(),
  recordedAt: z.string(),
  businessYear: z.nullable(z.number()),
  businessDate: z.nullable(z.string()),
  measureId: z.nullable(z.string()),
  reason: z.nullable(z.string()),
  source: z.nullable(z.object({ document: z.string(), location: z.optional(z.nullable(z.string())) })),
  decisionId: z.nullable(z.string()),
  corrects: z.nullable(z.string()),
  correctedBy: z.array(z.string()),
  data: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditSchema = z.object({ entries: z.array(auditEntry) });

const reconciliationLine = z.object({
  totalId: z.string(),
  label: z.string(),
  figure: z.string(),
  year: z.nullable(z.number()),
  stated: money,
  computed: z.nullable(money),
  difference: z.nullable(money),
  status: z.string(),
});
export type ReconciliationLine = z.infer<typeof reconciliationLine>;
export const reconciliationSchema = z.object({ lines: z.array(reconciliationLine) });

const fiscalYear = z.object({
  year: z.number(),
  income: money,
  expenditure: money,
  saldo: money,
  basis: z.string(),
  complete: z.boolean(),
  missing: z.array(z.string()),
});
export type FiscalYear = z.infer<typeof fiscalYear>;
export const fiscalBalanceSchema = z.object({ years: z.array(fiscalYear) });

/** RFC 9457 problem details, as the API answers every error. */
export const problemSchema = z.object({
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  code: z.optional(z.string()),
  status: z.optional(z.number()),
  /** A programme id that several of the key's municipalities use: the ones to choose from (docs/programme-ids.md). */
  candidates: z.optional(z.array(z.object({ municipality: z.string() }))),
});
