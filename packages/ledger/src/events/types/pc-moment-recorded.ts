import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { isoDateTimeSchema, textSchema, yearSchema } from '../shared-schemas.js';

export const pcMomentKindSchema = z.enum(['begroting', 'voorjaarsnota', 'kadernota', 'berap-1', 'berap-2', 'jaarrekening']);
export type PcMomentKind = z.infer<typeof pcMomentKindSchema>;

/** A named moment of the P&C cycle; reports can be asked "as known at" it instead of a timestamp. */
export const pcMomentRecorded = defineEvent({
  type: 'PcMomentRecorded',
  streams: ['municipality'],
  correctable: true,
  schema: z.object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and dashes, e.g. berap-2-2021'),
    kind: pcMomentKindSchema,
    year: yearSchema,
    at: isoDateTimeSchema,
    label: textSchema(200).optional(),
  }),
});
