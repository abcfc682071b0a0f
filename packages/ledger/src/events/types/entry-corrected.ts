import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, textSchema } from '../shared-schemas.js';

/**
 * Nothing is updated: a mistake is fixed by this event, which names the event it corrects and carries
 * the full replacement data (valid for the corrected event's type). Correcting again replaces the
 * earlier correction: the latest correction of an event is the one in force.
 */
export const entryCorrected = defineEvent({
  type: 'EntryCorrected',
  streams: ['programme', 'municipality'],
  correctable: false,
  schema: z.object({
    correctedEventId: idSchema,
    correctedType: z.string().min(1).max(100),
    replacement: z.record(z.string(), z.unknown()),
    explanation: textSchema(2000),
  }),
});
