import type { Request } from 'express';
import { invalidRequest } from '../problem/http-problem.js';

/** Routes without query parameters refuse any, like unknown body fields: a typo must not pass silently. */
export function rejectQuery(req: Request): void {
  const unknown = Object.keys(req.query);
  if (unknown.length > 0)
    throw invalidRequest(unknown.map((key) => ({ path: key, message: 'unknown query parameter' })));
}
