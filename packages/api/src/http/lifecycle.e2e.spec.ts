import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../app/server.js';
import { createHttpApp } from './app.js';
import { createTestApi, HOOGEVEEN, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('logging', () => {
  it('logs one structured line per request with id, route and key id, never keys or bodies', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const app = createHttpApp(api.grip, { logger: pino({ level: 'debug' }, sink), requestIds: () => 'log-req' });
    await request(app).get('/api/v1/programmes').set('Authorization', `Bearer ${api.keys.viewer}`).expect(200);
    const created = await request(app)
      .post('/api/v1/keys')
      .set('Authorization', `Bearer ${api.keys.admin}`)
      .send({ name: 'geheim', role: 'viewer', municipalities: [HOOGEVEEN] })
      .expect(201);
    await request(app)
      .get('/api/v1/programmes')
      .set('Authorization', 'Bearer grip_wrongwrongwr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .expect(401);
    const log = lines.join('');
    expect(log).not.toContain(api.keys.viewer);
    expect(log).not.toContain(api.keys.admin);
    expect(log).not.toContain(created.body.key);
    expect(log).not.toContain('grip_wrongwrongwr');
    expect(log).not.toMatch(/authorization/i);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({
      req: { id: 'log-req', method: 'GET', url: '/api/v1/programmes' },
      res: { statusCode: 200 },
      keyId: api.principals.viewer.keyId,
    });
    expect(first.level).toBe(20); // a successful read is logged at debug
  });

  it('at info, logs writes and refusals but not successful reads (the hot path)', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const app = createHttpApp(api.grip, { logger: pino({ level: 'info' }, sink) });
    await request(app).get('/api/v1/programmes').set('Authorization', `Bearer ${api.keys.viewer}`).expect(200);
    await request(app).get('/health').expect(200);
    await request(app)
      .post('/api/v1/keys')
      .set('Authorization', `Bearer ${api.keys.admin}`)
      .send({ name: 'gelogd', role: 'viewer', municipalities: [HOOGEVEEN] })
      .expect(201);
    await request(app).get('/api/v1/programmes').expect(401);
    const logged = lines.map((line) => JSON.parse(line) as { level: number; req: { method: string; url: string } });
    expect(logged.map((l) => [l.level, l.req.method, l.req.url])).toEqual([
      [30, 'POST', '/api/v1/keys'],
      [40, 'GET', '/api/v1/programmes'],
    ]);
  });
});

describe('server lifecycle', () => {
  it('stops accepting on close but lets a request in flight finish', async () => {
    const app = createHttpApp(api.grip, { logger: pino({ level: 'silent' }) });
    let release: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handlerReached = new Promise<void>((resolve) => (arrived = resolve));
    const store = api.grip.store as { ping: () => Promise<void> };
    const ping = store.ping;
    store.ping = async () => {
      arrived();
      await gate;
      return ping.call(api.grip.store);
    };
    try {
      const server = await listen(app, { port: 0, host: '127.0.0.1' });
      const inFlight = fetch(`${server.url}/health`);
      await handlerReached;
      const closed = server.close();
      await expect(fetch(`${server.url}/health`)).rejects.toThrow();
      release();
      expect((await inFlight).status).toBe(200);
      await closed;
    } finally {
      store.ping = ping;
    }
  });
});
