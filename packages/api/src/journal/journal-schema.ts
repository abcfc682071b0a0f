import { amountUnitSchema, isoDateTimeSchema, municipalityCodeSchema, sourceReferenceSchema } from '@grip/ledger';
import { z } from 'zod';

/**
 * The shape of a journal file around its commands. Each entry's `{type, data}` is then parsed with
 * the ledger's own commandSchema, so a journal accepts exactly what the API accepts. Unknown keys are
 * refused by the importer (named, with the nearest known one), not by these schemas.
 */
export const journalEntrySchema = z.object({
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  reason: z.string().trim().min(1).max(2000).optional(),
  source: sourceReferenceSchema.optional(),
  recordedAt: isoDateTimeSchema.optional(),
  /** The unit of this entry's amounts, when it differs from the journal's. */
  unit: amountUnitSchema.optional(),
});

export const journalFileSchema = z.object({
  municipality: municipalityCodeSchema,
  title: z.string().trim().min(1).max(300).optional(),
  /** The unit the amounts are written in, as the document prints them ("bedragen × € 1.000"): default euros. */
  unit: amountUnitSchema.optional(),
  /**
   * nl: amounts are Dutch as printed ("-1.200" is minus twelve hundred); plain: "1.5" is one and a half;
   * default auto, which refuses what could be read both ways.
   */
  notation: z.enum(['auto', 'plain', 'nl'], { error: 'auto, plain or nl' }).optional(),
  entries: z.array(z.unknown()).min(1, 'a journal needs at least one entry'),
});

export type JournalEntryInput = z.infer<typeof journalEntrySchema>;
