import { commandCatalogue, COMMAND_TYPES } from '@grip/ledger';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_EXAMPLES } from './openapi/command-examples.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';
import request from 'supertest';

let api: TestApi;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
type Operation = {
  operationId: string;
  parameters: Array<{ name: string; in: string }>;
  requestBody?: { content: { 'application/json': { schema: Schema; example: Record<string, unknown> } } };
  responses: Record<string, unknown>;
  'x-required-role': string;
};
type Schema = { properties?: Record<string, Schema>; additionalProperties?: unknown; description?: string };

beforeAll(async () => {
  api = await createTestApi();
  doc = (await request(api.app).get('/api/v1/openapi.json').expect(200)).body;
});
afterAll(() => api.close());

/** The routes express actually has, as "METHOD /openapi/{path}". */
function expressRoutes(app: Express): string[] {
  const stack = (
    app as unknown as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }
  ).router.stack;
  return stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map(
        (m) => `${m.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
      ),
    )
    .sort();
}

const documentedRoutes = () =>
  Object.entries(doc.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();

describe('OpenAPI 3.1 document', () => {
  it('documents exactly the routes the app serves', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(documentedRoutes()).toEqual(expressRoutes(api.app));
    expect(documentedRoutes().length).toBeGreaterThanOrEqual(35);
  });

  it('has unique operation ids, declares every path parameter and documents responses', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.values(methods).map((op) => ({ path, op })),
    );
    expect(new Set(ops.map((o) => o.op.operationId)).size).toBe(ops.length);
    for (const { path, op } of ops) {
      const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(declared, path).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      expect(Object.keys(op.responses).length, path).toBeGreaterThan(0);
    }
  });

  it("every documented route answers (not 404 for lack of a route) and every command's body is documented and closed", async () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const url = path
          .replace('{programmeId}', 'p')
          .replace('{measureId}', 'm')
          .replace('{targetId}', 't')
          .replace('{code}', 'GM0118')
          .replace('{keyId}', 'k');
        const res = await request(api.app)[method as 'get'](url).set('Authorization', `Bearer ${api.keys.admin}`);
        if (res.status === 404) expect(res.body.code, `${method} ${path}`).not.toBe('NOT_FOUND');
        if (op.requestBody) {
          const schema = op.requestBody.content['application/json'].schema;
          expect(schema.additionalProperties, path).toBe(false);
        }
      }
    }
  });

  it('generates command bodies from the ledger schemas: money is a described string, path parameters are left out', () => {
    const realise = doc.paths['/api/v1/programmes/{programmeId}/measures/{measureId}/realisations']!['post']!;
    const schema = realise.requestBody!.content['application/json'].schema;
    expect(Object.keys(schema.properties!).sort()).toEqual(['amount', 'reason', 'source', 'year']);
    const income =
      doc.paths['/api/v1/municipalities/{code}/income']!['post']!.requestBody!.content['application/json'].schema;
    expect(income.properties!['amount']!.description).toMatch(/decimal string/);
    expect(Object.keys(income.properties!)).toContain('sourceReference');
  });

  it('has an example per command that the command schema accepts', () => {
    for (const type of COMMAND_TYPES) {
      const parsed = commandCatalogue[type].schema.safeParse(COMMAND_EXAMPLES[type]);
      expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});

describe('docs page, health, metrics and headers', () => {
  it('serves a self-contained HTML page listing every operation', async () => {
    const res = await request(api.app).get('/api/v1/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const methods of Object.values(doc.paths))
      for (const op of Object.values(methods)) expect(res.text).toContain(`id="${op.operationId}"`);
    expect(res.text).not.toMatch(/<script|<link|src="http/);
    expect(res.text).toContain('https://grip.example/problems/measure-code-taken');
  });

  it('answers /health while the store answers, 503 problem+json when it does not', async () => {
    expect((await request(api.app).get('/health').expect(200)).body).toEqual({ status: 'ok' });
    const store = api.grip.store as { ping: () => Promise<void> };
    const ping = store.ping;
    store.ping = () => Promise.reject(new Error('disk gone'));
    try {
      const res = await request(api.app).get('/health').expect(503);
      expect(res.body.code).toBe('STORE_UNAVAILABLE');
    } finally {
      store.ping = ping;
    }
  });

  it('exports Prometheus metrics by route template, with events appended', async () => {
    await request(api.app)
      .post('/api/v1/programmes')
      .set('Authorization', `Bearer ${api.keys.editor}`)
      .send({
        programmeId: 'metrics',
        title: 'M',
        period: { firstYear: 2024, lastYear: 2024 },
        domains: [{ code: 'W', name: 'W' }],
        categories: [{ code: 'b', name: 'B' }],
      })
      .expect(201);
    await request(api.app)
      .get('/api/v1/programmes/metrics')
      .set('Authorization', `Bearer ${api.keys.viewer}`)
      .expect(200);
    const res = await request(api.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('grip_events_appended_total{type="ProgrammeOpened"} 1');
    expect(res.text).toMatch(
      /grip_http_requests_total\{method="GET",route="\/api\/v1\/programmes\/:programmeId",status="200"\} \d+/,
    );
    expect(res.text).toContain('grip_http_request_duration_seconds_bucket');
    expect(res.text).toContain('grip_projection_lag_events -1');
    expect(res.text).not.toContain('/api/v1/programmes/metrics"');
  });

  it('sets security headers and a request id, hides the framework', async () => {
    const res = await request(api.app).get('/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    const generated = await request(api.app).get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^req-\d+$/);
  });

  it('answers unknown routes and methods with 404 problem+json', async () => {
    const res = await request(api.app).get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://grip.example/problems/not-found',
      status: 404,
      instance: '/api/v1/nothing-here',
    });
    await request(api.app).patch('/api/v1/programmes').expect(404);
  });

  it('answers 413 problem+json to a body over the limit, 415 to a non-JSON body', async () => {
    const big = await request(api.app)
      .post('/api/v1/programmes')
      .set('Authorization', `Bearer ${api.keys.editor}`)
      .set('Content-Type', 'application/json')
      .send(`{"title":"${'x'.repeat(70_000)}"}`)
      .expect(413);
    expect(big.body).toMatchObject({ type: 'https://grip.example/problems/payload-too-large', status: 413 });
    await request(api.app)
      .post('/api/v1/programmes')
      .set('Authorization', `Bearer ${api.keys.editor}`)
      .set('Content-Type', 'text/plain')
      .send('hallo')
      .expect(415);
  });
});
