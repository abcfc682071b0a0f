import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../app/server.js';
import type { PendingImport } from '../journal/import-log.js';
import { createHttpApp } from './app.js';
import { createMetrics } from './observability/metrics.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

/** What a client sees of an answer, without what differs per request. */
const visible = (headers: Headers | Record<string, string>, body: unknown) => {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const kept = entries.filter(([name]) => !['date', 'x-request-id', 'connection', 'keep-alive'].includes(name));
  return { headers: Object.fromEntries(kept.map(([n, v]) => [n.toLowerCase(), String(v)])), body };
};

describe('GET /health answered before express', () => {
  it('answers exactly as the express route does: status, body, security headers, metric', async () => {
    const metrics = createMetrics();
    const app = createHttpApp(api.grip, { logger: pino({ level: 'silent' }), metrics });
    const viaExpress = await request(app).get('/health').expect(200);
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`${server.url}/health`, { headers: { 'X-Request-Id': 'probe-1' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('probe-1');
      expect(visible(response.headers, await response.json())).toEqual(
        visible(viaExpress.headers as Record<string, string>, viaExpress.body),
      );
      expect(response.headers.get('content-security-policy')).toBeTruthy();
      const counted = await metrics.registry.getSingleMetricAsString('grip_http_requests_total');
      expect(counted).toContain('grip_http_requests_total{method="GET",route="/health",status="200"} 2');
    } finally {
      await server.close();
    }
  });

  it('leaves every other case to the express route: a pending import, a failing store', async () => {
    const app = createHttpApp(api.grip, { logger: pino({ level: 'silent' }) });
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    const imports = api.grip.imports as { pending: () => PendingImport[] };
    const store = api.grip.store as { ping: () => Promise<void> };
    const [pending, ping] = [imports.pending, store.ping];
    try {
      const note = { id: 'i1', actor: 'user:x', files: ['a.yaml'], entries: 3, startedAt: '2026-01-01T00:00:00Z' };
      imports.pending = () => [note];
      const partial = await fetch(`${server.url}/health`);
      expect(await partial.json()).toEqual({
        status: 'incomplete-import',
        incompleteImports: [{ id: 'i1', actor: 'user:x', entries: 3, startedAt: '2026-01-01T00:00:00Z' }],
      });
      imports.pending = pending;
      store.ping = () => Promise.reject(new Error('gone'));
      const down = await fetch(`${server.url}/health`);
      expect(down.status).toBe(503);
      expect(down.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      imports.pending = pending;
      store.ping = ping;
      await server.close();
    }
  });
});
