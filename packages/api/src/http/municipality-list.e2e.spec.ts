import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

// The list is invented test data (its source says so), not the CBS list: Grip ships none.
const LIST = fileURLToPath(new URL('./__fixtures__/test-municipality-list.json', import.meta.url));

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ GRIP_MUNICIPALITY_LIST: LIST });
});
afterAll(() => api.close());

const income = (code: string, year: number) =>
  api
    .as('admin')
    .post(`/api/v1/municipalities/${code}/income`)
    .send({ year, source: 'buig', amount: '1000', basis: 'realised' });

describe('municipality codes checked against the operator list (GRIP_MUNICIPALITY_LIST)', () => {
  it('given a code the list of the year has, then 201 without warnings', async () => {
    const res = await income('GM9001', 2018).expect(201);
    expect(res.body.warnings).toBeUndefined();
  });

  it('given a code merged away before the year, then 422 problem+json municipality-not-listed', async () => {
    const res = await income('GM9001', 2019).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://grip.example/problems/municipality-not-listed',
      code: 'MUNICIPALITY_NOT_LISTED',
    });
    expect(res.body.detail).toMatch(/GM9001 is not a municipality code in 2019 .*listed in 2018/);
  });

  it('given a year the list does not cover, then 201 with a warning that the code was not checked', async () => {
    const res = await income('GM9003', 2024).expect(201);
    expect(res.body.warnings).toEqual([
      { code: 'MUNICIPALITY_YEAR_NOT_COVERED', message: expect.stringMatching(/GM9003 not checked: .* no year 2024/) },
    ]);
  });
});
