import { z } from 'zod';
import { idSchema, moneyStringSchema, natureSchema, textSchema, yearSchema } from '../shared-schemas.js';

export const costKindSchema = z.enum(['investment', 'staff', 'programme-organisation', 'other']);
export type CostKind = z.infer<typeof costKindSchema>;

/**
 * Lasten: one cost line per costId and budget year. measureId null means programme-wide
 * (Hoogeveen's €350.000 a year for the programme organisation). A later event for the same costId
 * and year replaces the amount.
 */
export const costLineSchema = z.object({
  costId: idSchema,
  measureId: idSchema.nullable(),
  year: yearSchema,
  amount: moneyStringSchema,
  nature: natureSchema,
  kind: costKindSchema,
  description: textSchema(500).optional(),
});
export type CostLine = z.infer<typeof costLineSchema>;
