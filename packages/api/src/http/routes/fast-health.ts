import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { GripMetrics } from '../observability/metrics.js';
import { logWhenDone, requestIdOf, type RequestIdSource } from '../observability/request-logging.js';

/** Answers a request outside express when it can, or hands it to `rest` (express). */
export type FastPath = (req: IncomingMessage, res: ServerResponse, rest: () => void) => void;

/** The headers helmet sets, taken once from helmet itself: the fast path sends the same ones. */
function helmetHeaders(): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const stub = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  (helmet() as unknown as (req: object, res: typeof stub, next: (e?: unknown) => void) => void)({}, stub, (e) => {
    if (e) throw e as Error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return headers;
}

export type FastHealthDeps = {
  readonly logger: Logger;
  readonly metrics: GripMetrics;
  readonly requestIds?: RequestIdSource;
  /** The store answered and no import is pending: the plain { status: "ok" }. */
  readonly healthy: () => Promise<boolean>;
  /** The read-model file answering queries, as the express route reports it (a rebuild's swap changes it). */
  readonly readModels?: () => string | undefined;
};

/** The body for a read-model file name, built once per name (it changes only when a rebuild swaps a file in). */
function bodies(): (file: string | undefined) => string {
  const built = new Map<string | undefined, string>();
  return (file) => {
    let body = built.get(file);
    if (body === undefined)
      built.set(file, (body = JSON.stringify({ status: 'ok', ...(file !== undefined && { readModels: file }) })));
    return body;
  };
}

/**
 * GET /health when all is well, answered before express: a liveness probe (and the benchmark's ceiling)
 * should not pay for the router walking every API path, nor for a framework response object. Same status,
 * body, security headers, request id, metric and log line as the express route (`system.ts`), which still
 * answers everything else: a query string, a failing store, a pending import (503 or the longer body).
 * See docs/reads.md, "Where GET /health loses time".
 */
export function fastHealth(deps: FastHealthDeps): FastPath {
  // Every header but the request id is the same each time: built once, written in one writeHead.
  const fixed = [
    ...helmetHeaders(),
    ['Cache-Control', 'no-store'],
    ['Content-Type', 'application/json; charset=utf-8'],
  ].flat();
  const bodyOf = bodies();
  const nextId = deps.requestIds ?? randomUUID;
  const record = deps.metrics.recorder('GET', '/health', 200);
  const answer = (req: IncomingMessage, res: ServerResponse, startedAt: bigint) => {
    const id = requestIdOf(req, nextId);
    logWhenDone(deps.logger, req, res, () => undefined);
    const body = bodyOf(deps.readModels?.());
    res.writeHead(200, [...fixed, 'Content-Length', String(Buffer.byteLength(body)), 'X-Request-Id', id]);
    res.end(body);
    record(startedAt);
  };
  return (req, res, rest) => {
    if (req.method !== 'GET' || req.url !== '/health') return rest();
    const startedAt = process.hrtime.bigint();
    deps.healthy().then(
      (ok) => (ok ? answer(req, res, startedAt) : rest()),
      () => rest(),
    );
  };
}
