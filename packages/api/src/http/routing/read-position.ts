import type { Position } from '@grip/ledger';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { ReadSide } from '../operation/operation.js';
import { httpProblem, invalidRequest } from '../problem/http-problem.js';

/** Request header: answer only from read models that include this position (read-your-writes). */
export const MIN_POSITION_HEADER = 'Grip-Min-Position';
/** Response header: on a command, the position it was written at; on a query, the read models' position. */
export const POSITION_HEADER = 'Grip-Position';

export const minPositionSchema = z
  .string()
  .min(1)
  .max(100)
  .describe(
    `Answer only once the read models include this position (the \`position\` of a command's response, or its ${POSITION_HEADER} header); the same as the ${MIN_POSITION_HEADER} header. Waits a bounded time, then 503 with Retry-After.`,
  );

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Read-your-writes: a query that names a minimum position (header or `minPosition` parameter) waits,
 * bounded, until the read models include it, then runs; on time-out it is refused with 503 and
 * Retry-After instead of answering with figures older than the client's own write. Every answer says
 * which position the read models were at.
 */
export function readAfterPosition(
  reads: ReadSide,
  comparePositions: (a: Position, b: Position) => number,
): RequestHandler {
  return async (req, res, next) => {
    const wanted = asText(req.get(MIN_POSITION_HEADER)) ?? asText(req.query['minPosition']);
    if (wanted !== undefined) {
      const parsed = minPositionSchema.safeParse(wanted);
      const valid = parsed.success && isPosition(wanted as Position, comparePositions);
      if (!valid) throw invalidRequest([{ path: 'minPosition', message: 'not a position of this store' }]);
      const reached = await reads.models.waitFor(wanted as Position, reads.waitMs).catch(() => false);
      if (!reached) {
        const retryAfter = String(Math.max(1, Math.ceil(reads.waitMs / 1000)));
        throw httpProblem(
          'READ_MODEL_BEHIND',
          `the read models have not reached position ${wanted} yet (they are at ${reads.models.position() ?? 'the start'}); try again shortly`,
          { minPosition: wanted, position: reads.models.position() },
          { 'Retry-After': retryAfter },
        );
      }
    }
    const at = reads.models.position();
    if (at !== null) res.setHeader(POSITION_HEADER, at);
    next();
  };
}

function isPosition(text: Position, compare: (a: Position, b: Position) => number): boolean {
  try {
    return compare(text, text) === 0;
  } catch {
    return false;
  }
}
