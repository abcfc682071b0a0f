import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, isoDateSchema } from '../shared-schemas.js';

/** RAG as the reports print it: groen = on schedule, oranje = extra monitoring, rood = deviates negatively. */
export const ragSchema = z.enum(['groen', 'oranje', 'rood']);
export const lifecycleSchema = z.enum(['planned', 'running', 'delayed', 'completed', 'stopped', 'not-executed']);
export type Rag = z.infer<typeof ragSchema>;
export type Lifecycle = z.infer<typeof lifecycleSchema>;

export const measureStatusChanged = defineEvent({
  type: 'MeasureStatusChanged',
  streams: ['programme'],
  correctable: true,
  schema: z
    .object({
      measureId: idSchema,
      rag: ragSchema.optional(),
      lifecycle: lifecycleSchema.optional(),
      effectiveDate: isoDateSchema,
    })
    .refine((d) => d.rag !== undefined || d.lifecycle !== undefined, 'a status change sets rag, lifecycle or both'),
});
