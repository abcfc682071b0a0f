import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
/** The request id: the caller's X-Request-Id when it is a plain token, else a new one; set on the response. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, nextId: RequestIdSource): string {
  const id = requestIdOf(req, nextId);
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The request id, set on the request only (a caller that writes its headers at once sends it itself). */
export function requestIdOf(req: IncomingMessage, nextId: RequestIdSource): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : nextId();
  req.id = id;
  return id;
}

/** Logs the request once its response is done (or abandoned), at the level `levelOf` gives it. */
export function logWhenDone(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  keyId: () => string | undefined,
) {
  const started = performance.now();
  // 'close' comes after 'finish', and also when the client went away before the answer was sent.
  res.once('close', () => {
    const aborted = !res.writableFinished;
    const level = aborted ? 'warn' : levelOf(req.method ?? 'GET', res.statusCode);
    if (!logger.isLevelEnabled(level)) return;
    const key = keyId();
    logger[level](
      {
        req: { id: req.id, method: req.method, url: (req.url ?? '').split('?')[0] },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
        ...(key && { keyId: key }),
      },
      aborted ? 'request aborted' : res.statusCode >= 500 ? 'request errored' : 'request completed',
    );
  });
}

/**
 * One log line per request with its id, route, status, time taken and the caller's key id. Headers and
 * bodies are never logged (they hold API keys, and created keys are in a response body). Written here
 * rather than with pino-http, which builds two child loggers per request whether it logs or not.
 */
export function requestLogging(logger: Logger, nextId: RequestIdSource = randomUUID): RequestHandler {
  return (req, res, next) => {
    assignRequestId(req, res, nextId);
    logWhenDone(logger, req, res, () => keyIdOf(res as Response));
    next();
  };
}
