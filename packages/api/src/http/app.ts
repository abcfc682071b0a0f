import { dashboardDir } from '@grip/dashboard';
import { createProjectionQueries } from '@grip/projections';
import { concurrentReadLimit } from './limits/concurrent-reads.js';
import { failedAuthLimit } from './limits/failed-auth-limit.js';
import { nullPrototypeReviver } from './validation/null-prototype-json.js';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import type { Grip } from '../app/open-grip.js';
import { authenticate, requireRole } from './auth/middleware.js';
import { dashboardRouter } from './dashboard/serve-dashboard.js';
import { createMetrics, type GripMetrics } from './observability/metrics.js';
import { requestLogging, type RequestIdSource } from './observability/request-logging.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { renderDocsPage } from './openapi/docs-page.js';
import { notFoundHandler, problemErrorHandler } from './problem/error-handler.js';
import type { Operation, ReadSide, RouteDeps } from './operation/operation.js';
import { readAfterPosition } from './routing/read-position.js';
import { auditRoutes } from './routes/audit.js';
import { correctionRoutes } from './routes/corrections.js';
import { costRoutes } from './routes/costs.js';
import { decisionRoutes } from './routes/decisions.js';
import { keyRoutes } from './routes/keys.js';
import { measureRoutes } from './routes/measures.js';
import { municipalityProjectionRoutes } from './routes/municipality-projections.js';
import { municipalityRecordRoutes } from './routes/municipality-records.js';
import { programmeProjectionRoutes } from './routes/programme-projections.js';
import { programmeRoutes } from './routes/programmes.js';
import { statedTotalRoutes } from './routes/stated-totals.js';
import { systemRoutes } from './routes/system.js';
import { fastHealth, type FastPath } from './routes/fast-health.js';
import { pendingImportsOf } from './routes/pending-imports.js';
import { targetRoutes } from './routes/targets.js';

export type HttpAppOptions = {
  readonly logger?: Logger;
  readonly metrics?: GripMetrics;
  /** Request ids (also the events' correlationId); inject a sequence in tests. */
  readonly requestIds?: RequestIdSource;
  readonly version?: string;
  /** The runner's maintained models: queries without asOf read them, and wait for Grip-Min-Position. */
  readonly reads?: ReadSide;
  /** The built dashboard served at / (default: the @grip/dashboard package's dist folder). */
  readonly dashboardDir?: string;
};

export const API_VERSION = '0.1.0';

/** The express app, and what the server answers before it (GET /health when all is well). */
export type GripHttpApp = Express & { readonly fastPath: FastPath };

/** Every operation of the API, in documentation order. */
export function apiOperations(deps: RouteDeps, describe: () => { document: unknown; html: string }): Operation[] {
  return [
    ...programmeRoutes(deps),
    ...decisionRoutes(deps),
    ...targetRoutes(deps),
    ...measureRoutes(deps),
    ...costRoutes(deps),
    ...statedTotalRoutes(deps),
    ...correctionRoutes(deps),
    ...municipalityRecordRoutes(deps),
    ...programmeProjectionRoutes(deps),
    ...municipalityProjectionRoutes(deps),
    ...auditRoutes(deps),
    ...keyRoutes(deps),
    ...systemRoutes(deps, describe),
  ];
}

/**
 * The HTTP API as an express app, without a listening socket (the server module listens; tests
 * drive this with supertest). Anonymous requests never get their bodies parsed: authentication and
 * the role check run before the JSON parser.
 */
export function createHttpApp(grip: Grip, options: HttpAppOptions = {}): GripHttpApp {
  const logger = options.logger ?? pino({ level: grip.config.logLevel });
  const metrics = options.metrics ?? createMetrics();
  const { reads } = options;
  const queries = createProjectionQueries(grip.store, {
    ...(reads && { latest: reads.models }),
    ...(reads?.snapshots && { snapshots: reads.snapshots }),
  });
  const deps: RouteDeps = { grip, queries, metrics, ...(reads && { reads }) };
  const readAfter = reads ? readAfterPosition(reads, (a, b) => grip.store.comparePositions(a, b)) : null;
  let described: { document: unknown; html: string } | undefined;
  const operations: Operation[] = apiOperations(deps, () => {
    described ??= (() => {
      const document = buildOpenApiDocument(operations, options.version ?? API_VERSION);
      return { document, html: renderDocsPage(document) };
    })();
    return described;
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags are stream revisions, set by the routes
  app.set('query parser', 'simple');
  app.use(requestLogging(logger, options.requestIds));
  app.use(helmet());
  app.use(metrics.middleware);

  const json = express.json({
    limit: grip.config.bodyLimit,
    strict: true,
    type: ['application/json', 'application/*+json'],
    reviver: nullPrototypeReviver,
  });
  const auth = authenticate(grip.keys);
  const authLimit = failedAuthLimit(grip.config.authFailuresPerMinute);
  const readLimit = concurrentReadLimit(grip.config.concurrentReadsPerKey);
  // Public operations (health, metrics, the API description) first: express tries routes in order, and a
  // liveness probe should not be matched against every API path before its own.
  const registered = [
    ...operations.filter((op) => op.access === 'public'),
    ...operations.filter((op) => op.access !== 'public'),
  ];
  for (const op of registered) {
    const chain: RequestHandler[] = op.access === 'public' ? [] : [authLimit, auth, requireRole(op.access)];
    if (op.reads && readAfter) chain.push(readAfter);
    // The routes that answer CSV are the ones computing projections from the events: the expensive reads.
    if (op.csv) chain.push(readLimit);
    if (op.body) chain.push(json);
    app[op.method](op.path, ...chain, op.handler);
  }
  app.use(dashboardRouter(options.dashboardDir ?? dashboardDir));
  app.use(notFoundHandler);
  app.use(problemErrorHandler(logger));
  const pendingImports = pendingImportsOf(grip);
  const fastPath = fastHealth({
    logger,
    metrics,
    ...(options.requestIds && { requestIds: options.requestIds }),
    readModels: () => reads?.file?.(),
    healthy: async () => {
      await grip.store.ping();
      return pendingImports().length === 0;
    },
  });
  return Object.assign(app, { fastPath });
}
