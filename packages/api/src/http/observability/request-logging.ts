import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Level, Logger } from 'pino';
import { keyIdOf } from '../auth/middleware.js';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id (X-Request-Id), set by requestLogging; commands use it as the events' correlationId. */
    id: string;
  }
}

/** A caller's X-Request-Id is kept when it is a plain token; it also becomes the events' correlationId. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export type RequestIdSource = () => string;

/**
 * Successful reads are the hot path (dashboards poll them): they are logged at debug, so at the default
 * level they cost no log line; writes, refusals and failures at info, warn and error. See docs/reads.md,
 * "Where GET /health loses time": a synchronous JSON line per request to a pipe cost more than the read.
 */
export function levelOf(method: string, status: number): Level {
  if (status >= 500) return 'error';
  if (status >= 400) return 'warn';
  return method === 'GET' || method === 'HEAD' ? 'debug' : 'info';
}

/**
 * One log line per request with its id, route, status, time taken and the caller's key id. Headers and
 * bodies are never logged (they hold API keys, and created keys are in a response body). Written here
 * rather than with pino-http, which builds two child loggers per request whether it logs or not.
 */
export function requestLogging(logger: Logger, nextId: RequestIdSource = randomUUID): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : nextId();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    // 'close' comes after 'finish', and also when the client went away before the answer was sent.
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = aborted ? 'warn' : levelOf(req.method, res.statusCode);
      if (!logger.isLevelEnabled(level)) return;
      const keyId = keyIdOf(res as Response);
      logger[level](
        {
          req: { id, method: req.method, url: req.originalUrl.split('?')[0] },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(keyId && { keyId }),
        },
        aborted ? 'request aborted' : res.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    });
    next();
  };
}
