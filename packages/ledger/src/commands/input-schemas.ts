import { z } from 'zod';
import { moneyInputSchema } from '../money/schema.js';
import { idSchema, natureSchema, PM, yearSchema } from '../events/shared-schemas.js';
import { NOT_ATTRIBUTABLE } from '../events/types/saving-realised.js';

/**
 * Command input accepts money as people write it ("€ 1.234,56", "1.900.000", "250000") and turns it
 * into the canonical string; "P.M." in any common spelling becomes PM.
 */
const pmInputSchema = z
  .string()
  .refine((s) => /^p\.?\s?m\.?$/i.test(s.trim()), 'P.M.')
  .transform(() => PM);

export const plannedAmountInputSchema = z.union([pmInputSchema, moneyInputSchema]);

export const planLineInputSchema = z.object({
  year: yearSchema,
  amount: plannedAmountInputSchema,
  nature: natureSchema,
});

export const realisedAmountInputSchema = z.union([
  z.literal(NOT_ATTRIBUTABLE),
  z.literal('-').transform(() => NOT_ATTRIBUTABLE),
  moneyInputSchema,
]);

export const programmeRef = { programmeId: idSchema };

export { moneyInputSchema };
