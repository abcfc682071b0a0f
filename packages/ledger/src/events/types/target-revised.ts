import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, moneyStringSchema, timingSchema } from '../shared-schemas.js';

/** A later decision changes a target; the scope stays, amount and timing are replaced. */
export const targetRevised = defineEvent({
  type: 'TargetRevised',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    targetId: idSchema,
    amount: moneyStringSchema,
    timing: timingSchema,
    decisionId: idSchema,
  }),
});
