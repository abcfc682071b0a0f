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
/**
 * Programme documents are moments too (uitvoeringsplan, voortgangsrapportage, raadsinformatiebrief,
 * eindrapportage, …): any other kind is a lower-case word, and then the moment needs a label that says
 * what it is. A widening of the kind: every event recorded before still parses.
 */
export const otherPcMomentKindSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,39}$/,
    'a standard kind (begroting, voorjaarsnota, kadernota, berap-1, berap-2, jaarrekening) or another lower-case word such as voortgangsrapportage',
  );
export type PcMomentKind = z.infer<typeof pcMomentKindSchema> | (string & {});

const isStandardKind = (kind: string) => (pcMomentKindSchema.options as readonly string[]).includes(kind);

/** Moment names are lower-case without ':', so they can never be mistaken for a date-time. */
export const pcMomentNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and dashes, e.g. berap-2-2021');

/** A named moment of the P&C cycle; reports can be asked "as known at" it instead of a timestamp. */
export const pcMomentRecorded = defineEvent({
  type: 'PcMomentRecorded',
  streams: ['municipality'],
  correctable: true,
  schema: z
    .object({
      name: pcMomentNameSchema,
      kind: z.union([pcMomentKindSchema, otherPcMomentKindSchema]),
      year: yearSchema,
      at: isoDateTimeSchema,
      label: textSchema(200).optional(),
    })
    .refine((m) => isStandardKind(m.kind) || m.label !== undefined, {
      message: 'a moment of another kind than the six standard ones needs a label saying what it is',
      path: ['label'],
    }),
});
