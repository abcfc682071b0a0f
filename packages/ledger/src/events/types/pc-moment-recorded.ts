import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { isoDateTimeSchema, textSchema, yearSchema } from '../shared-schemas.js';

export const pcMomentKindSchema = z.enum([
  'begroting',
  'voorjaarsnota',
  'kadernota',
  'berap-1',
  'berap-2',
  'jaarrekening',
]);
export type PcMomentKind = z.infer<typeof pcMomentKindSchema>;

/** Moment names are lower-case without ':', so they can never be mistaken for a date-time. */
export const pcMomentNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and dashes, e.g. berap-2-2021');

/** A named moment of the P&C cycle; reports can be asked "as known at" it instead of a timestamp. */
export const pcMomentRecorded = defineEvent({
  type: 'PcMomentRecorded',
  streams: ['municipality'],
  correctable: true,
  schema: z.object({
    name: pcMomentNameSchema,
    kind: pcMomentKindSchema,
    year: yearSchema,
    at: isoDateTimeSchema,
    label: textSchema(200).optional(),
  }),
});
