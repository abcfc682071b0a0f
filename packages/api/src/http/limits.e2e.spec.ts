import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ GRIP_AUTH_FAILURES_PER_MINUTE: '10' });
});
afterAll(() => api.close());

describe('rate limits', () => {
  it('answers 429 with Retry-After after 10 wrong keys a minute; good keys before that were not counted', async () => {
    for (let i = 0; i < 30; i++) expect((await api.as('viewer').get('/api/v1/programmes')).status).toBe(200);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 40; i++) {
      const res = await request(api.app).get('/api/v1/programmes').set('Authorization', `Bearer wrong-key-${i}`);
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers['retry-after'];
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.code).toBe('TOO_MANY_REQUESTS');
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    console.info(
      `40 wrong keys: ${statuses.filter((s) => s === 401).length} got 401, ${statuses.filter((s) => s === 429).length} got 429 (Retry-After ${retryAfter} s)`,
    );
  });
});
