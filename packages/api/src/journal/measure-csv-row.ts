import { parseMoney, printedCodeSchema, toCanonical, type AmountUnit } from '@grip/ledger';
import { z } from 'zod';

/** "P.M.", "PM", "p.m." stay P.M.; "nihil" and "geen" are how reports write a saving of zero. */
const PM_PATTERN = /^p\.?\s?m\.?$/i;
const NIL_PATTERN = /^(nihil|geen)$/i;

/**
 * Amounts in a measure list are Dutch: "€ 106.600", "1.900.000", "99.702,50", "P.M.", "nihil"; in
 * thousands ("× € 1.000") "-384" is −384000 euros.
 */
const dutchPlannedAmount = (unit: AmountUnit) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (PM_PATTERN.test(text)) return 'P.M.';
      if (NIL_PATTERN.test(text)) return '0';
      const parsed = parseMoney(text, 'nl', { unit });
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.reason });
        return z.NEVER;
      }
      return toCanonical(parsed.value);
    });

const NATURES: Record<string, 'structural' | 'incidental'> = {
  structural: 'structural',
  structureel: 'structural',
  incidental: 'incidental',
  incidenteel: 'incidental',
};

/** One row of a measure list whose amounts are written in the unit. */
export const measureCsvRowSchema = (unit: AmountUnit = 'euros') =>
  z.object({
    code: printedCodeSchema,
    measureId: z.string().trim().optional(),
    /** The printed code of the measure this row's measure is a sub-measure of (A for A.1); optional column. */
    parent: z
      .string()
      .trim()
      .optional()
      .transform((p) => (p === '' ? undefined : p)),
    title: z.string().trim().min(1),
    domain: printedCodeSchema,
    category: printedCodeSchema,
    owner: z.string().trim().min(1),
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'a year such as 2023')
      .transform(Number),
    amount: dutchPlannedAmount(unit),
    nature: z
      .string()
      .trim()
      .toLowerCase()
      .refine((n) => n in NATURES, 'structural/structureel or incidental/incidenteel')
      .transform((n) => NATURES[n]!),
  });

export type MeasureCsvRow = z.output<ReturnType<typeof measureCsvRowSchema>>;

export const MEASURE_CSV_COLUMNS = [
  'code',
  'title',
  'domain',
  'category',
  'owner',
  'year',
  'amount',
  'nature',
] as const;

/** A measure id from its printed code: "C 2.1" becomes "C-2.1" (ids allow letters, digits and . _ : -). */
export function measureIdFromCode(code: string): string {
  const slug = code.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 100) : '';
}
