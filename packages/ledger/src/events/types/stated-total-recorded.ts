import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, moneyStringSchema, printedCodeSchema, textSchema, yearSchema } from '../shared-schemas.js';

/**
 * Which of the ledger's own sums a printed total should equal. Programme figures: planned savings
 * (baten), realised savings, costs (lasten, committed), net (baten − lasten), target, gap (target −
 * planned, added later: a widening, so every event recorded before still parses). Municipality
 * figures: income, expenditure, saldo.
 */
export const statedFigureSchema = z.enum([
  'planned',
  'realised',
  'costs',
  'net',
  'target',
  'gap',
  'income',
  'expenditure',
  'saldo',
]);
export type StatedFigure = z.infer<typeof statedFigureSchema>;

export const statedScopeSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('programme') }),
  /** Only what is attributed to measures, leaving out programme-wide lines (Assen's subtotal above "Organisatielasten"). */
  z.object({ level: z.literal('measures') }),
  z.object({ level: z.literal('domain'), domain: printedCodeSchema }),
  z.object({ level: z.literal('measure'), measureId: idSchema }),
  z.object({ level: z.literal('municipality') }),
]);
export type StatedScope = z.infer<typeof statedScopeSchema>;

/**
 * A total printed in a source document, kept as printed so reconciliation can show where the rows
 * do not add up. `knownAt` says which state of the ledger it describes (a P&C moment name or an ISO
 * date-time); without it the total is compared with the latest state.
 */
export const statedTotalRecorded = defineEvent({
  type: 'StatedTotalRecorded',
  streams: ['programme', 'municipality'],
  correctable: true,
  schema: z.object({
    totalId: idSchema,
    label: textSchema(300),
    figure: statedFigureSchema,
    scope: statedScopeSchema,
    year: yearSchema,
    amount: moneyStringSchema,
    knownAt: z.string().min(1).max(100).optional(),
  }),
});
