import { z } from 'zod';
import type { JsonSchema, ResponseDoc } from '../operation/operation.js';
import { PROBLEM_BASE } from '../problem/problem-types.js';
import { toJsonSchema } from './json-schema.js';

export const money = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d{1,2})?$/)
  .describe('exact euros as a decimal string');
export const asOf = z
  .string()
  .nullable()
  .describe('the asOf asked for (ISO date-time or P&C moment name); null = latest');

export const outcomeSchema: JsonSchema = toJsonSchema(
  z.object({
    streamId: z.string(),
    firstRevision: z.number().int(),
    lastRevision: z.number().int(),
    position: z
      .string()
      .describe('Global position of the write; pass it as Grip-Min-Position (or minPosition) to read your own write'),
    events: z.array(z.object({ eventId: z.string(), type: z.string() })),
    warnings: z
      .array(z.object({ code: z.string(), message: z.string() }))
      .optional()
      .describe(
        'Accepted, but worth knowing: `MUNICIPALITY_YEAR_NOT_COVERED` when the municipality list has no list for the year',
      ),
  }),
  'output',
);

export const problemSchema: JsonSchema = toJsonSchema(
  z.object({
    type: z.string().describe(`${PROBLEM_BASE}<code in kebab case>`),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('the error code, e.g. MEASURE_CODE_TAKEN'),
    instance: z.string().optional(),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('every invalid or unknown field (400)'),
  }),
  'output',
);

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input: `issues` lists every problem',
  401: 'No or unknown API key',
  403: 'The key lacks the role',
  404: 'Unknown resource, or one the key may not see',
  409: 'Conflicts with what is recorded, or a concurrent write',
  412: 'If-Match does not match the current revision',
  413: 'Body larger than the limit',
  415: 'Body is not JSON',
  422: 'Refused by the ledger rules, or Idempotency-Key reused with a different body',
  428: 'If-Match is required on this route',
  429: 'Too many failed authentications from this address, or too many reports at once for this key: see Retry-After',
  503: 'The event store does not answer, or (READ_MODEL_BEHIND) the read models did not reach the asked position in time: Retry-After says when to try again',
};

export const problemResponses = (...statuses: number[]): Record<number, ResponseDoc> =>
  Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: STATUS_TEXT[s] ?? 'Problem', schema: problemSchema, contentTypes: ['application/problem+json'] },
    ]),
  );

export const programmeSummarySchema = z.object({
  id: z.string(),
  municipality: z.string().describe('CBS code'),
  title: z.string(),
  period: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
  revision: z.number().int(),
});

export const programmeListSchema: JsonSchema = toJsonSchema(
  z.object({ programmes: z.array(programmeSummarySchema) }),
  'output',
);

/** Projections whose exact shape is documented in the README: described, not enumerated. */
export const objectSchema = (description: string): JsonSchema => ({ type: 'object', description });
