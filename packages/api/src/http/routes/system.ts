import { HttpProblem } from '../problem/http-problem.js';
import { objectSchema, problemResponses } from '../openapi/response-schemas.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { pendingImportsOf } from './pending-imports.js';

/**
 * Health, metrics and the API description: public, because they reveal no ledger data (metrics are
 * counts by route template; put /metrics behind the network boundary in production).
 */
export function systemRoutes(deps: RouteDeps, describe: () => { document: unknown; html: string }): Operation[] {
  const pendingImports = pendingImportsOf(deps.grip);
  return [
    {
      method: 'get',
      path: '/health',
      operationId: 'health',
      summary: 'Liveness: 200 when the event store answers',
      tag: 'System',
      access: 'public',
      responses: {
        200: {
          description:
            '{ status: "ok" }, or { status: "incomplete-import", incompleteImports } while an import begun entry by entry (EventStoreDB) has not finished; readModels: the read-model file answering queries (changes when `grip rebuild` swaps a new one in)',
          schema: objectSchema('{ status, incompleteImports?, readModels? }'),
        },
        ...problemResponses(503),
      },
      handler: async (_req, res) => {
        await deps.grip.store.ping().catch(() => {
          throw new HttpProblem(503, 'STORE_UNAVAILABLE', 'the event store does not answer');
        });
        // An import cut short on a store without atomic appends: the service is up, the data is partial.
        const incompleteImports = pendingImports().map(({ id, actor, entries, startedAt }) => ({
          id,
          actor,
          entries,
          startedAt,
        }));
        const readModels = deps.reads?.file?.();
        res.setHeader('Cache-Control', 'no-store').json({
          ...(incompleteImports.length === 0 ? { status: 'ok' } : { status: 'incomplete-import', incompleteImports }),
          ...(readModels !== undefined && { readModels }),
        });
      },
    },
    {
      method: 'get',
      path: '/metrics',
      operationId: 'metrics',
      summary: 'Prometheus metrics: requests, durations, events appended, projection lag',
      tag: 'System',
      access: 'public',
      responses: { 200: { description: 'Prometheus text format', contentTypes: ['text/plain'] } },
      handler: async (_req, res) => {
        res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
      },
    },
    {
      method: 'get',
      path: `${API_PREFIX}/openapi.json`,
      operationId: 'openApiDocument',
      summary: 'This API as an OpenAPI 3.1 document',
      tag: 'System',
      access: 'public',
      responses: {
        200: { description: 'OpenAPI 3.1', schema: objectSchema('OpenAPI document') },
        ...problemResponses(),
      },
      handler: (_req, res) => {
        res.json(describe().document);
      },
    },
    {
      method: 'get',
      path: `${API_PREFIX}/docs`,
      operationId: 'docsPage',
      summary: 'Readable API documentation (HTML)',
      tag: 'System',
      access: 'public',
      responses: { 200: { description: 'HTML page', contentTypes: ['text/html'] } },
      handler: (_req, res) => {
        res.type('html').send(describe().html);
      },
    },
  ];
}
