import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, isoDateSchema, textSchema } from '../shared-schemas.js';

export const decisionBodySchema = z.enum(['raad', 'college', 'stuurgroep']);
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const decisionRecorded = defineEvent({
  type: 'DecisionRecorded',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    decisionId: idSchema,
    body: decisionBodySchema,
    date: isoDateSchema,
    reference: textSchema(200),
    summary: textSchema(2000),
  }),
});
