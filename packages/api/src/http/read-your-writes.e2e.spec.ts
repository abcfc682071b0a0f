import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
const bearer = (key: string) => `Bearer ${key}`;
const slice2023 = (body: { years: Array<{ year: number; realised: string }> }) =>
  body.years.find((y) => y.year === 2023)!.realised;

beforeAll(async () => {
  api = await createTestApi({ GRIP_READ_WAIT_MS: '400' });
  await seedHoogeveen(api);
});
afterAll(() => api.close());

describe('read-your-writes', () => {
  it("a command answers with the position it was written at (body and Grip-Position), the store's own", async () => {
    const res = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .send({ year: 2023, amount: '1000' })
      .expect(201);
    expect(res.body.position).toBe(await api.grip.store.headPosition());
    expect(res.headers['grip-position']).toBe(res.body.position);
  });

  it('a query with Grip-Min-Position waits until the read models hold the write, then shows it', async () => {
    const { runner } = api.projections;
    await runner.stop(); // the read models fall behind the store from here on
    const write = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .send({ year: 2023, amount: '2500' })
      .expect(201);
    const stale = await request(api.app)
      .get(`${P}/year-slices`)
      .set('Authorization', bearer(api.keys.viewer))
      .expect(200);
    expect(slice2023(stale.body)).toBe('1000'); // without a minimum position: the read models as they are
    const waiting = request(api.app)
      .get(`${P}/year-slices`)
      .set('Authorization', bearer(api.keys.viewer))
      .set('Grip-Min-Position', write.body.position)
      .then((r) => r);
    await new Promise((r) => setTimeout(r, 50));
    await runner.start();
    const fresh = await waiting;
    expect(fresh.status).toBe(200);
    expect(slice2023(fresh.body)).toBe('2500');
    expect(Number(fresh.headers['grip-position'])).toBeGreaterThanOrEqual(Number(write.body.position));
  });

  it('the minPosition parameter does the same, on every latest-state read', async () => {
    const write = await api
      .as('editor')
      .post(`${P}/measures/domein-jeugd/status`)
      .send({ rag: 'rood', effectiveDate: '2024-01-15' })
      .expect(201);
    const q = `minPosition=${write.body.position}`;
    const viewer = (url: string) => request(api.app).get(url).set('Authorization', bearer(api.keys.viewer));
    const measures = await viewer(`${P}/measures?${q}`).expect(200);
    expect(measures.body.measures.find((m: { measureId: string }) => m.measureId === 'domein-jeugd').rag).toBe('rood');
    const result = await viewer(`${P}/result?${q}`).expect(200);
    expect(result.body.byRag.rood).toBe(1);
    await viewer(`/api/v1/programmes?${q}`).expect(200);
    await viewer(`${P}?${q}`).expect(200);
  });

  it('answers 503 problem+json with Retry-After when the read models do not get there in time', async () => {
    const ahead = String(Number(await api.grip.store.headPosition()) + 1000);
    const started = Date.now();
    const res = await request(api.app)
      .get(`${P}/year-slices`)
      .set('Authorization', bearer(api.keys.viewer))
      .set('Grip-Min-Position', ahead)
      .expect(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350); // it waited (GRIP_READ_WAIT_MS=400) before giving up
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body).toMatchObject({ status: 503, code: 'READ_MODEL_BEHIND', minPosition: ahead });
  });

  it('refuses a position that is not one of this store with 400', async () => {
    const res = await request(api.app)
      .get(`${P}/year-slices?minPosition=abc`)
      .set('Authorization', bearer(api.keys.viewer))
      .expect(400);
    expect(res.body.issues).toEqual([{ path: 'minPosition', message: 'not a position of this store' }]);
  });

  it('documents the header, the parameter and the 503 in OpenAPI', async () => {
    const doc = (await request(api.app).get('/api/v1/openapi.json').expect(200)).body;
    const op = doc.paths['/api/v1/programmes/{programmeId}/year-slices'].get;
    const names = op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    expect(names).toEqual(expect.arrayContaining(['header:Grip-Min-Position', 'query:minPosition']));
    expect(op.responses['503']).toBeDefined();
    const write = doc.paths['/api/v1/programmes/{programmeId}/measures/{measureId}/realisations'].post;
    expect(write.responses['201'].content['application/json'].schema.properties.position).toBeDefined();
  });
});
