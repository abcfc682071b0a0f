import { z } from 'zod';
import { amountUnitSchema } from '../money/amount-unit.js';
import { moneyStringSchema } from '../money/schema.js';

export const MAX_YEAR = 2200;
export const MIN_YEAR = 1990;

export const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** A real calendar date (zod checks month lengths and leap years): 2022-02-31 is refused. */
export const isoDateSchema = z.iso.date({ message: 'a calendar date as YYYY-MM-DD' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** CBS municipality code, e.g. GM0118 (Hoogeveen). */
export const municipalityCodeSchema = z.string().regex(/^GM\d{4}$/, 'a CBS municipality code such as GM0118');
export const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'letters, digits and . _ : -');
/** Codes as printed in a document ("C 2.1", "A.3"), so spaces and punctuation are allowed. */
export const printedCodeSchema = z.string().trim().min(1).max(40);
export const textSchema = (max: number) => z.string().trim().min(1).max(max);

/** BBV: structural amounts recur every year from their first year; incidental ones count once. */
export const natureSchema = z.enum(['structural', 'incidental']);
export type Nature = z.infer<typeof natureSchema>;

/** P.M. (pro memorie): acknowledged but not yet quantified; counts as 0 in sums, never shown as 0. */
export const PM = 'PM' as const;
export const plannedAmountSchema = z.union([moneyStringSchema, z.literal(PM)]);
export type PlannedAmount = z.infer<typeof plannedAmountSchema>;

export const planLineSchema = z.object({ year: yearSchema, amount: plannedAmountSchema, nature: natureSchema });
export type PlanLine = z.infer<typeof planLineSchema>;

export const timingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('structural'), fromYear: yearSchema }),
  z.object({ kind: z.literal('incidental'), year: yearSchema }),
]);
export type Timing = z.infer<typeof timingSchema>;

export const sourceReferenceSchema = z.object({
  document: textSchema(300),
  location: textSchema(200).optional(),
  /** The unit the document prints its figures in, when not euros; the event data holds exact euros. */
  unit: amountUnitSchema.optional(),
});
export type SourceReference = z.infer<typeof sourceReferenceSchema>;

export { moneyStringSchema };
