import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createTestApi, PROGRAMME, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
});
afterAll(() => api.close());

const realisations = `/api/v1/programmes/${PROGRAMME}/measures/domein-wmo/realisations`;

describe('keys that reach the prototype are unknown fields like any other', () => {
  const bodies = [
    '{"year":2024,"__proto__":{"amount":"7"}}',
    '{"year":2024,"amount":"7","__proto__":{"x":1}}',
    '{"year":2024,"amount":"7","constructor":{"prototype":{"polluted":true}}}',
    '{"year":2024,"amount":"7","prototype":{}}',
    '{"year":2024,"amount":"7","source":{"document":"d","__proto__":{"location":"x"}}}',
  ];
  for (const body of bodies) {
    it(`refuses ${body} with 400 and writes nothing`, async () => {
      const before = await api.eventCount();
      const res = await api.as('editor').post(realisations).set('Content-Type', 'application/json').send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      const messages = (res.body.issues as { message: string }[]).map((i) => i.message);
      expect(
        messages.some((m) => /^unknown field "(__proto__|constructor|prototype)"$/.test(m)),
        messages.join('; '),
      ).toBe(true);
      expect(await api.eventCount()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
