import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSmallProgramme } from './__fixtures__/small-programme.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const P = '/api/v1/programmes/deel';
const measure = (measureId: string, parentMeasureId?: string) => ({
  measureId,
  code: measureId,
  title: measureId,
  domain: 'WMO',
  category: 'bk',
  owner: 'o',
  ...(parentMeasureId && { parentMeasureId }),
});

describe('sub-measures over HTTP', () => {
  it('registers A.1 under A, refuses a plan on A (409 problem), and reports A as the sum of its sub-measures', async () => {
    const editor = api.as('editor');
    await openSmallProgramme(api, 'deel', 'Deel', { firstYear: 2023, lastYear: 2024 });
    await editor.post(`${P}/measures`).send(measure('A')).expect(201);
    await editor.post(`${P}/measures`).send(measure('A.1', 'A')).expect(201);
    const deep = await editor.post(`${P}/measures`).send(measure('A.1.a', 'A.1')).expect(422);
    expect(deep.body.code).toBe('MEASURE_NESTING_TOO_DEEP');
    const plan = async (measureId: string, status: number) => {
      const head = await editor.get(P).expect(200);
      return editor
        .put(`${P}/measures/${measureId}/plan`)
        .set('If-Match', head.headers['etag']!)
        .send({ decisionId: 'd-1', lines: [{ year: 2023, amount: '€ 1.250', nature: 'structural' }] })
        .expect(status);
    };
    const refused = await plan('A', 409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.code).toBe('MEASURE_HAS_SUB_MEASURES');
    await plan('A.1', 200);
    const report = await api.as('viewer').get(`${P}/measure-report?year=2023`).expect(200);
    expect(
      report.body.rows.map((r: { measureId: string; planned: string; subMeasures: number }) => [
        r.measureId,
        r.planned,
        r.subMeasures,
      ]),
    ).toEqual([
      ['A', '1250', 1],
      ['A.1', '1250', 0],
    ]);
    const slices = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    expect(slices.body.years[0]).toMatchObject({ year: 2023, planned: '1250' });
  });
});
