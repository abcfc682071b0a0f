import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { idSchema, isoDateSchema, textSchema } from '../shared-schemas.js';

/** 'unknown' where the document does not say which body decided (then `unknownBecause` says why). */
export const decisionBodySchema = z.enum(['raad', 'college', 'stuurgroep', 'unknown']);
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const decisionFields = {
  decisionId: idSchema,
  body: decisionBodySchema,
  /** The decision's date, or 'unknown' where the document does not give it. */
  date: z.union([isoDateSchema, z.literal('unknown')]),
  reference: textSchema(200),
  summary: textSchema(2000),
  /** Why the body or date is unknown ("the document names no decision date"); required then. */
  unknownBecause: textSchema(500).optional(),
};

type DecisionFacts = { body: DecisionBody; date: string; unknownBecause?: string | undefined };

/**
 * An unknown body or date is recorded as unknown, never as an invented value, and says why. A
 * widening of the event: every decision recorded before still parses.
 */
// Generic over the schema itself (not only its output), so the refined schema keeps its input type and
// commands built on it stay typed for callers of `execute`.
export const unknownNeedsReason = <S extends z.ZodType<DecisionFacts>>(schema: S): S =>
  schema.refine(
    (d: DecisionFacts) => (d.body !== 'unknown' && d.date !== 'unknown') || d.unknownBecause !== undefined,
    {
      message: 'say why the body or date is unknown (unknownBecause)',
      path: ['unknownBecause'],
    },
  );

export const decisionRecorded = defineEvent({
  type: 'DecisionRecorded',
  streams: ['programme'],
  correctable: true,
  schema: unknownNeedsReason(z.object(decisionFields)),
});
