import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, moneyStringSchema, printedCodeSchema, timingSchema } from '../shared-schemas.js';

export const targetScopeSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('programme') }),
  z.object({ level: z.literal('domain'), domain: printedCodeSchema }),
]);
export type TargetScope = z.infer<typeof targetScopeSchema>;

/** A taakstelling: a savings target set by a decision, programme- or domain-wide. */
export const targetSet = defineEvent({
  type: 'TargetSet',
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    targetId: idSchema,
    scope: targetScopeSchema,
    amount: moneyStringSchema,
    timing: timingSchema,
    decisionId: idSchema,
  }),
});
