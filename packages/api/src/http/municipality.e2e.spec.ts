import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, HOOGEVEEN, type TestApi } from './__fixtures__/test-api.js';

const M = `/api/v1/municipalities/${HOOGEVEEN}`;
let api: TestApi;

/** Hoogeveen Bijlage 7, Tabel 7, 2017 (seed 002 lines 3572-3583): 122.381.728 − 123.028.493 = −646.765. */
beforeAll(async () => {
  api = await createTestApi();
  const editor = api.as('editor');
  const source = { document: '002_1c00f9e54d73cefc.txt', location: 'Bijlage 7, Tabel 7' };
  for (const [income, amount] of [
    ['gemeentefonds-sociaal-domein', '€ 100.000.000'],
    ['buig', '€ 20.000.000'],
    ['overige-baten', '€ 2.381.728'],
  ] as const) {
    await editor
      .post(`${M}/income`)
      .send({ year: 2017, source: income, amount, basis: 'realised', sourceReference: source })
      .expect((r) => {
        if (r.status !== 201) throw new Error(JSON.stringify(r.body));
      });
  }
  await editor
    .post(`${M}/expenditure`)
    .send({
      year: 2017,
      line: { kind: 'taakveld', code: '6.72' },
      detail: 'ZIN',
      amount: '€ 100.000.000',
      basis: 'realised',
      source,
    })
    .expect(201);
  await editor
    .post(`${M}/expenditure`)
    .send({ year: 2017, line: { kind: 'taakveld', code: '6.6' }, amount: '€ 20.000.000', basis: 'realised' })
    .expect(201);
  await editor
    .post(`${M}/expenditure`)
    .send({ year: 2017, line: { kind: 'overhead' }, amount: '€ 3.028.493', basis: 'realised' })
    .expect(201);
  await editor
    .post(`${M}/stated-totals`)
    .send({
      totalId: 'tabel7-saldo-2017',
      label: 'Saldo 2017',
      figure: 'saldo',
      scope: { level: 'municipality' },
      year: 2017,
      amount: '-€ 646.765',
    })
    .expect(201);
});
afterAll(() => api.close());

describe('municipality records and reports', () => {
  it('computes income, expenditure and saldo per year as decimal strings', async () => {
    const res = await api.as('viewer').get(`${M}/fiscal-balance?from=2017&to=2018`).expect(200);
    expect(res.body).toMatchObject({ municipality: HOOGEVEEN, from: 2017, to: 2018, asOf: null });
    expect(res.body.years[0]).toMatchObject({
      year: 2017,
      income: '122381728',
      expenditure: '123028493',
      saldo: '-646765',
      basis: 'realised',
    });
    expect(res.body.years[1]).toMatchObject({ year: 2018, income: '0', expenditure: '0', saldo: '0', basis: 'none' });
    expect(res.body.years[0].incomeLines).toHaveLength(3);
  });

  it('reconciles the stated saldo and keeps the source reference and actor on the events', async () => {
    const rec = await api.as('viewer').get(`${M}/reconciliation`).expect(200);
    expect(rec.body.lines[0]).toMatchObject({
      totalId: 'tabel7-saldo-2017',
      stated: '-646765',
      computed: '-646765',
      difference: '0',
      status: 'matches',
    });
    const audit = await api.as('controller').get(`${M}/audit`).expect(200);
    expect(audit.body.entries[0]).toMatchObject({
      type: 'IncomeRecorded',
      source: { document: '002_1c00f9e54d73cefc.txt', location: 'Bijlage 7, Tabel 7' },
    });
    expect(audit.body.entries[0].actor).toBe(`key:${api.principals.editor.keyId}:editor`);
  });

  it('answers as known at a P&C moment, and corrects an entry with If-Match', async () => {
    const editor = api.as('editor');
    const audit = await api.as('controller').get(`${M}/audit`).expect(200);
    const last = audit.body.entries.at(-1);
    await editor
      .post(`${M}/pc-moments`)
      .send({ name: 'jaarrekening-2017', kind: 'jaarrekening', year: 2017, at: last.recordedAt })
      .expect(201);
    const moments = await api.as('viewer').get(`${M}/pc-moments`).expect(200);
    expect(moments.body.moments).toEqual([
      { name: 'jaarrekening-2017', kind: 'jaarrekening', year: 2017, at: last.recordedAt, label: null },
    ]);

    const buig = audit.body.entries.find((e: { data: { source?: string } }) => e.data.source === 'buig');
    const body = {
      correctedEventId: buig.eventId,
      replacement: { year: 2017, source: 'buig', amount: '20000100', basis: 'realised' },
      explanation: 'BUIG volgens jaarrekening',
    };
    const stale = await editor.post(`${M}/corrections`).set('If-Match', '"0"').send(body).expect(412);
    expect(stale.headers['etag']).toBe(moments.headers['etag']);
    await editor.post(`${M}/corrections`).set('If-Match', moments.headers['etag']!).send(body).expect(201);

    const now = await api.as('viewer').get(`${M}/fiscal-balance?from=2017&to=2017`).expect(200);
    expect(now.body.years[0].saldo).toBe('-646665');
    const then = await api.as('viewer').get(`${M}/fiscal-balance?from=2017&to=2017&asOf=jaarrekening-2017`).expect(200);
    expect(then.body).toMatchObject({ asOf: 'jaarrekening-2017', years: [{ saldo: '-646765' }] });
    const rec = await api.as('viewer').get(`${M}/reconciliation`).expect(200);
    expect(rec.body.lines[0]).toMatchObject({ status: 'differs', difference: '-100' });
  });

  it('refuses a taakveld code not valid in the year, overlapping income sources and a bad year range', async () => {
    const editor = api.as('editor');
    const taakveld = await editor
      .post(`${M}/expenditure`)
      .send({ year: 2017, line: { kind: 'taakveld', code: '6.71a' }, amount: '1', basis: 'realised' })
      .expect(422);
    expect(taakveld.body.type).toBe('https://grip.example/problems/unknown-taakveld');
    const overlap = await editor
      .post(`${M}/income`)
      .send({ year: 2017, source: 'algemene-uitkering', amount: '1', basis: 'realised' })
      .expect(409);
    expect(overlap.body.code).toBe('INCOME_SOURCE_OVERLAP');
    await api.as('viewer').get(`${M}/fiscal-balance?from=2020&to=2017`).expect(400);
    await api.as('viewer').get(`${M}/fiscal-balance`).expect(400);
    const moment = await editor
      .post(`${M}/pc-moments`)
      .send({ name: 'jaarrekening-2017', kind: 'jaarrekening', year: 2017, at: '2024-03-01T09:00:00Z' })
      .expect(409);
    expect(moment.body.code).toBe('PC_MOMENT_ALREADY_RECORDED');
  });

  it('uses sourceReference for the document where the command has its own source field', async () => {
    const res = await api
      .as('editor')
      .post(`${M}/income`)
      .send({ year: 2018, source: 'buig', amount: '1', basis: 'estimated', source2: 'x' })
      .expect(400);
    expect(res.body.issues).toEqual([{ path: 'source2', message: 'unknown field "source2" (did you mean "source"?)' }]);
  });
});
