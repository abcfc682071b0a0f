import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { moneyStringSchema, textSchema, yearSchema } from '../shared-schemas.js';

/**
 * Rijksinkomsten attributable to the social domain. `gemeentefonds-sociaal-domein` is the social-domain
 * share of the whole gemeentefonds by the cluster approach (Hoogeveen Tabel 7); when a municipality
 * splits it, it records the algemene-, integratie- and decentralisatie-uitkering shares instead (a year
 * holds either the combined share or the parts, never both).
 */
export const incomeSourceSchema = z.enum([
  'gemeentefonds-sociaal-domein',
  'algemene-uitkering',
  'integratie-uitkering',
  'decentralisatie-uitkering',
  'buig',
  'overige-baten',
]);
export type IncomeSource = z.infer<typeof incomeSourceSchema>;

export const basisSchema = z.enum(['realised', 'estimated']);
export type Basis = z.infer<typeof basisSchema>;

export const incomeRecorded = defineEvent({
  type: 'IncomeRecorded',
  streams: ['municipality'],
  correctable: true,
  schema: z.object({
    year: yearSchema,
    source: incomeSourceSchema,
    amount: moneyStringSchema,
    basis: basisSchema,
    description: textSchema(300).optional(),
  }),
});
