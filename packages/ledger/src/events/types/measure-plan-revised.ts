import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, planLineSchema } from '../shared-schemas.js';

/** The measure's whole plan as decided: it replaces the previous plan of that measure. */
export const measurePlanRevised = defineEvent({
  type: 'MeasurePlanRevised',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    measureId: idSchema,
    lines: z.array(planLineSchema).max(100),
    decisionId: idSchema,
  }),
});
