import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';

let api: TestApi;
/** Between the seed and the status change (the test clock steps one second per event). */
let between: string;

beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
  between = new Date(api.grip.clock.now().getTime() + 500).toISOString();
  await api
    .as('editor')
    .post(`${P}/measures/domein-wmo/status`)
    .send({ rag: 'rood', lifecycle: 'delayed', effectiveDate: '2023-06-30' })
    .expect(201);
});
afterAll(() => api.close());

const wmo = (body: { measures: Array<{ measureId: string; rag: string | null; lifecycle: string | null }> }) =>
  body.measures.find((m) => m.measureId === 'domein-wmo');

describe('GET /programmes/{id}?asOf: the programme as known then', () => {
  it('shows a measure status as it was before a change, and the change now', async () => {
    const then = await api
      .as('viewer')
      .get(`${P}?asOf=${encodeURIComponent(between)}`)
      .expect(200);
    expect(wmo(then.body)).toMatchObject({ rag: null, lifecycle: null });
    expect(then.body.asOf).toBe(between);
    expect(then.headers['etag']).toBeUndefined(); // the past cannot be written on
    expect(then.body.revision).toBeUndefined();

    const now = await api.as('viewer').get(P).expect(200);
    expect(wmo(now.body)).toMatchObject({ rag: 'rood', lifecycle: 'delayed' });
    expect(now.headers['etag']).toBeDefined();
  });

  it('answers 404 before the programme was opened, and 400 naming an unknown P&C moment or a misspelt parameter', async () => {
    await api.as('viewer').get(`${P}?asOf=2000-01-01`).expect(404);
    const moment = await api.as('viewer').get(`${P}?asOf=berap-1-2099`).expect(400);
    expect(moment.body.code).toBe('UNKNOWN_PC_MOMENT');
    const typo = await api.as('viewer').get(`${P}?asof=2024-01-01`).expect(400);
    expect(typo.body.detail).toContain('asof');
  });
});
