import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app.js';
import { DASHBOARD_CSP } from './dashboard/serve-dashboard.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
const built = mkdtempSync(join(tmpdir(), 'grip-dashboard-dist-'));

beforeAll(async () => {
  api = await createTestApi();
  mkdirSync(join(built, 'assets'));
  writeFileSync(
    join(built, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-abc123.js"></script>',
  );
  writeFileSync(join(built, 'assets', 'app-abc123.js'), 'console.log("dashboard")');
});
afterAll(async () => {
  await api.close();
  rmSync(built, { recursive: true, force: true });
});

const appWith = (dir: string) => createHttpApp(api.grip, { logger: pino({ level: 'silent' }), dashboardDir: dir });

describe('the dashboard at /', () => {
  it('answers GET / with the index page, revalidated on every load, under the strict CSP', async () => {
    const res = await request(appWith(built)).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.text).toContain('/assets/app-abc123.js');
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const res = await request(appWith(built)).get('/assets/app-abc123.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-security-policy']).toBe(DASHBOARD_CSP);
  });

  it('answers a missing asset and an unbuilt dashboard as problem+json 404s', async () => {
    const missing = await request(appWith(built)).get('/assets/nope-000.js').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unbuilt = await request(appWith(join(built, 'nowhere')))
      .get('/')
      .expect(404);
    expect(unbuilt.body.detail).toContain('npm run build');
  });

  it('leaves the API untouched: /api/v1 keeps its own answers and CSP', async () => {
    const res = await request(appWith(built)).get('/api/v1/programmes').expect(401);
    expect(res.headers['content-security-policy']).not.toBe(DASHBOARD_CSP);
  });
});
