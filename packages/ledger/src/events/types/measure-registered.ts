import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, printedCodeSchema, textSchema } from '../shared-schemas.js';

export const measureRegistered = defineEvent({
  type: 'MeasureRegistered',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    measureId: idSchema,
    code: printedCodeSchema,
    title: textSchema(500),
    domain: printedCodeSchema,
    category: printedCodeSchema,
    owner: textSchema(200),
  }),
});
