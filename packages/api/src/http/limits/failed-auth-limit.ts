import type { Request, RequestHandler } from 'express';
import { rateLimit, type RateLimitInfo } from 'express-rate-limit';
import { httpProblem } from '../problem/http-problem.js';

/**
 * Failed authentication is limited per client address: every request counts until its answer is known,
 * and only a 401 keeps counting, so a client with a valid key is never slowed by its own traffic, while
 * guessing keys stops after `perMinute` wrong ones: 429 with Retry-After until the window has passed.
 * (All requests of a blocked address get 429 until then: it cannot be told apart from the guesser.)
 * express-rate-limit does the counting and the window; the answer is our problem+json.
 */
export function failedAuthLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res, next) => {
      const info = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit;
      const reset = info?.resetTime?.getTime() ?? Date.now() + 60_000;
      const retryAfter = String(Math.max(1, Math.ceil((reset - Date.now()) / 1000)));
      next(
        httpProblem(
          'TOO_MANY_REQUESTS',
          `too many requests with an unknown, revoked or malformed API key from this address; try again in ${retryAfter} s`,
          {},
          { 'Retry-After': retryAfter },
        ),
      );
    },
  });
}
