import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, municipalityCodeSchema, printedCodeSchema, textSchema, yearSchema } from '../shared-schemas.js';

/** Domains and categories are the programme's own lists, never a fixed enum: every council words them differently. */
export const classifierSchema = z.object({ code: printedCodeSchema, name: textSchema(120) });

export const programmeOpened = defineEvent({
  type: 'ProgrammeOpened',
  streams: ['programme'],
  correctable: false,
  schema: z.object({
    programmeId: idSchema,
    municipality: municipalityCodeSchema,
    title: textSchema(300),
    period: z.object({ firstYear: yearSchema, lastYear: yearSchema }),
    domains: z.array(classifierSchema).min(1).max(50),
    categories: z.array(classifierSchema).min(1).max(50),
  }),
});
