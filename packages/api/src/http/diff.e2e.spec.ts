import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSmallProgramme } from './__fixtures__/small-programme.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const P = '/api/v1/programmes/herijking';
const ids = Array.from({ length: 18 }, (_, i) => `m${i + 1}`);

async function putPlan(measureId: string, amount: string) {
  const head = await api.as('editor').get(P).expect(200);
  await api
    .as('editor')
    .put(`${P}/measures/${measureId}/plan`)
    .set('If-Match', head.headers['etag']!)
    .send({ decisionId: 'd-1', lines: [{ year: 2023, amount, nature: 'structural' }] })
    .expect(200);
}

describe('GET /programmes/{id}/diff', () => {
  it('given 18 plans re-recorded of which 2 changed, names the 2 changing events and says 16 were left out', async () => {
    const editor = api.as('editor');
    await openSmallProgramme(api, 'herijking', 'Herijking', { firstYear: 2023, lastYear: 2025 });
    for (const id of ids) {
      await editor
        .post(`${P}/measures`)
        .send({ measureId: id, code: id, title: id, domain: 'WMO', category: 'bk', owner: 'o' })
        .expect(201);
      await putPlan(id, '10000');
    }
    const audit = await api.as('controller').get(`${P}/audit`).expect(200);
    const from = audit.body.entries.at(-1).recordedAt as string;
    for (const id of ids) await putPlan(id, id === 'm3' || id === 'm11' ? '12500' : '10000');

    const diff = await api
      .as('viewer')
      .get(`${P}/diff?from=${encodeURIComponent(from)}`)
      .expect(200);
    expect(diff.body.events).toEqual({ recorded: 18, changedFigures: 2, leftOut: 16 });
    expect(diff.body.measures.map((m: { measureId: string }) => m.measureId)).toEqual(['m3', 'm11']);
    const planned = diff.body.programme.find(
      (c: { figure: string; year: number }) => c.figure === 'planned' && c.year === 2023,
    );
    expect(planned).toMatchObject({ old: '180000', new: '185000' });
    expect(planned.eventIds).toHaveLength(2);
  });
});
