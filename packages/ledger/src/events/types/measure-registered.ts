import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, printedCodeSchema, textSchema } from '../shared-schemas.js';

/**
 * A maatregel under its printed code. Version 2 adds `parentMeasureId`: a sub-measure (A.1-A.6) of a
 * measure (A), whose figures are then the sum of its sub-measures. Raised, not widened, so that code
 * that knows only version 1 refuses these events instead of reading A.1 as a measure beside A and
 * counting the detail twice. A version-1 measure has no parent: the upcaster adds nothing.
 */
export const measureRegistered = defineEvent({
  type: 'MeasureRegistered',
  version: 2,
  upcasters: { 1: (data) => data },
  streams: ['programme'],
  correctable: true,
  schema: z.object({
    measureId: idSchema,
    code: printedCodeSchema,
    title: textSchema(500),
    domain: printedCodeSchema,
    category: printedCodeSchema,
    owner: textSchema(200),
    parentMeasureId: idSchema.optional(),
  }),
});
