import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, planLineSchema } from '../shared-schemas.js';

/**
 * The programme's own phasing (jaarschijf) of savings, such as Hoogeveen's tranches of 250.000,
 * 500.000, 1.000.000 and 150.000: the part that measures have not (yet) taken over is unattributed.
 */
export const programmePlanRevised = defineEvent({
  type: 'ProgrammePlanRevised',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    lines: z.array(planLineSchema).max(100),
    decisionId: idSchema,
  }),
});
