import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, moneyStringSchema, yearSchema } from '../shared-schemas.js';

/**
 * "Not attributable" is the report's "-": realised, but it shows up in lower programme spending and
 * cannot be pinned on this measure. It differs from 0 and from "not yet reported".
 */
export const NOT_ATTRIBUTABLE = 'not-attributable' as const;
export const realisedAmountSchema = z.union([moneyStringSchema, z.literal(NOT_ATTRIBUTABLE)]);
export type RealisedAmount = z.infer<typeof realisedAmountSchema>;

/** The realised saving of a measure in a budget year as now reported; a later report replaces it. */
export const savingRealised = defineEvent({
  type: 'SavingRealised',
  streams: ['programme'],
  correctable: true,
  schema: z.object({ measureId: idSchema, year: yearSchema, amount: realisedAmountSchema }),
});
