import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type GripMetrics = {
  readonly registry: Registry;
  /** Counts appended events per type (not idempotent replays). */
  eventsAppended(types: readonly string[]): void;
  readonly middleware: RequestHandler;
  /** Counts one request and its duration (what the middleware does, for a request answered outside express). */
  record(method: string, route: string, status: number, startedAt: bigint): void;
  /** The same for one fixed route and status, with the label set bound once (GET /health's fast path). */
  recorder(method: string, route: string, status: number): (startedAt: bigint) => void;
};

export type MetricsOptions = {
  /** Events in the store the projections runner has not committed yet; absent when no runner runs. */
  readonly projectionLag?: () => Promise<number>;
  /** Process metrics (CPU, memory, event loop): on for the server, off in tests. */
  readonly processMetrics?: boolean;
};

/** A registry per app, so tests and several apps in one process do not share counters. */
export function createMetrics(options: MetricsOptions = {}): GripMetrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'grip_http_requests_total',
    help: 'HTTP requests by route template and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'grip_http_request_duration_seconds',
    help: 'HTTP request duration by route template',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const appended = new Counter({
    name: 'grip_events_appended_total',
    help: 'Events appended through the API, by type',
    labelNames: ['type'],
    registers: [registry],
  });
  const lag = options.projectionLag;
  new Gauge({
    name: 'grip_projection_lag_events',
    help: 'Events in the store not yet committed by the projections runner (-1: no runner)',
    registers: [registry],
    async collect() {
      this.set(lag ? await lag().catch(() => -1) : -1);
    },
  });

  const record = (method: string, route: string, status: number, startedAt: bigint) => {
    const labels = { method, route, status: String(status) };
    requests.inc(labels);
    duration.observe(labels, Number(process.hrtime.bigint() - startedAt) / 1e9);
  };
  const recorder = (method: string, route: string, status: number) => {
    const labels = { method, route, status: String(status) };
    const [counted, timed] = [requests.labels(labels), duration.labels(labels)];
    return (startedAt: bigint) => {
      counted.inc();
      timed.observe(Number(process.hrtime.bigint() - startedAt) / 1e9);
    };
  };
  const middleware: RequestHandler = (req, res, next) => {
    const startedAt = process.hrtime.bigint();
    res.on('finish', () => {
      // The route template, never the concrete URL: ids in label values would explode the series.
      const route = req.route ? `${req.baseUrl}${String((req.route as { path: unknown }).path)}` : 'unmatched';
      record(req.method, route, res.statusCode, startedAt);
    });
    next();
  };

  return {
    registry,
    middleware,
    record,
    recorder,
    eventsAppended: (types) => types.forEach((type) => appended.inc({ type })),
  };
}
