import type { Position } from '@grip/ledger';
import type { RequestHandler } from 'express';
import type { ReadSide } from '../operation/operation.js';
import { MIN_POSITION_HEADER, minPositionSchema, POSITION_HEADER } from '../operation/read-position-headers.js';
import { httpProblem, invalidRequest } from '../problem/http-problem.js';

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
