import { z } from 'zod';
import { idSchema, isoDateTimeSchema, municipalityCodeSchema, sourceReferenceSchema } from './shared-schemas.js';

/**
 * Who, when and why, on every event. The actor is the authenticated principal (set by the facade
 * from the execution context, never from a command body); recordedAt is transaction time from the
 * injected clock. Business time (the budget year or date an event is about) lives in the event data.
 */
export const eventMetadataSchema = z.object({
  eventId: idSchema,
  tenant: municipalityCodeSchema,
  actor: z.string().min(1).max(200),
  recordedAt: isoDateTimeSchema,
  reason: z.string().max(2000).optional(),
  source: sourceReferenceSchema.optional(),
  decisionId: idSchema.optional(),
  correlationId: idSchema,
  causationId: idSchema.nullable(),
  idempotency: z.object({ key: z.string().min(1).max(200), fingerprint: z.string() }).optional(),
});

export type EventMetadata = z.infer<typeof eventMetadataSchema>;
