import type { RequestHandler } from 'express';
import { principalOf } from '../auth/middleware.js';
import { httpProblem } from '../problem/http-problem.js';

/**
 * At most `perKey` expensive reads (projections computed from the events) run at once for one key;
 * more are answered 429 with Retry-After: 1 at once instead of queueing, so one busy client cannot take
 * the CPU from everyone else's writes. A read counts until its response is finished or abandoned.
 */
export function concurrentReadLimit(perKey: number): RequestHandler {
  const running = new Map<string, number>();
  return (_req, res, next) => {
    const { keyId } = principalOf(res);
    const now = running.get(keyId) ?? 0;
    if (now >= perKey) {
      next(
        httpProblem(
          'TOO_MANY_REQUESTS',
          `this key already has ${now} report(s) being computed; wait for one to finish`,
          {},
          { 'Retry-After': '1' },
        ),
      );
      return;
    }
    running.set(keyId, now + 1);
    res.once('close', () => {
      const left = (running.get(keyId) ?? 1) - 1;
      if (left <= 0) running.delete(keyId);
      else running.set(keyId, left);
    });
    next();
  };
}
