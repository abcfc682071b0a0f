import { isoDateTimeSchema, municipalityCodeSchema, sourceReferenceSchema } from '@grip/ledger';
import { z } from 'zod';

/**
 * The shape of a journal file around its commands. Each entry's `{type, data}` is then parsed with
 * the ledger's own commandSchema, so a journal accepts exactly what the API accepts.
 */
export const journalEntrySchema = z.strictObject({
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  reason: z.string().trim().min(1).max(2000).optional(),
  source: sourceReferenceSchema.optional(),
  recordedAt: isoDateTimeSchema.optional(),
});

export const journalFileSchema = z.strictObject({
  municipality: municipalityCodeSchema,
  title: z.string().trim().min(1).max(300).optional(),
  entries: z.array(z.unknown()).min(1, 'a journal needs at least one entry'),
});

export type JournalEntryInput = z.infer<typeof journalEntrySchema>;
