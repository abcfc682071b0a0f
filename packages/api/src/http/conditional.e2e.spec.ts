import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
});
afterAll(() => api.close());

const realise = (amount: string) => ({ year: 2024, amount });

describe('ETag and If-Match', () => {
  it('reads and writes carry the stream revision; a write with the current ETag succeeds and moves it', async () => {
    const read = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    const revision = Number(JSON.parse(read.headers['etag']!));
    const write = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', read.headers['etag']!)
      .send(realise('1'))
      .expect(201);
    expect(write.headers['etag']).toBe(`"${revision + 1}"`);
    expect(write.body.lastRevision).toBe(revision + 1);
    const again = await api.as('viewer').get(P).expect(200);
    expect(again.headers['etag']).toBe(write.headers['etag']);
  });

  it('answers 412 with the current ETag when If-Match is stale, and writes nothing', async () => {
    const before = await api.eventCount();
    const current = (await api.as('viewer').get(P)).headers['etag']!;
    const res = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', '"1"')
      .send(realise('2'))
      .expect(412);
    expect(res.body).toMatchObject({ type: 'https://grip.example/problems/precondition-failed', status: 412 });
    expect(res.headers['etag']).toBe(current);
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', `W/${current}`)
      .send(realise('2'))
      .expect(412);
    expect(await api.eventCount()).toBe(before);
  });

  it('accepts If-Match: * and lists of tags, and refuses a malformed header with 400', async () => {
    const current = (await api.as('viewer').get(P)).headers['etag']!;
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', `"0", ${current}`)
      .send(realise('3'))
      .expect(201);
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', '*')
      .send(realise('4'))
      .expect(201);
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('If-Match', 'not-a-tag')
      .send(realise('5'))
      .expect(400);
  });

  it('requires If-Match (428) to replace a plan or correct an entry', async () => {
    const plan = await api
      .as('editor')
      .put(`${P}/plan`)
      .send({ decisionId: 'raad-2022-programmaplan', lines: [] })
      .expect(428);
    expect(plan.body.type).toBe('https://grip.example/problems/precondition-required');
    await api
      .as('editor')
      .put(`${P}/measures/domein-wmo/plan`)
      .send({ decisionId: 'raad-2022-programmaplan', lines: [] })
      .expect(428);
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const read = await api.as('viewer').get(`${P}/result`).expect(200);
    await api.as('viewer').get(`${P}/result`).set('If-None-Match', read.headers['etag']!).expect(304);
  });

  it('turns a lost race without If-Match into a retry by the ledger, and with If-Match into 412', async () => {
    const etag = (await api.as('viewer').get(P)).headers['etag']!;
    const results = await Promise.all(
      [10, 11, 12].map((n) =>
        api
          .as('editor')
          .post(`${P}/measures/domein-jeugd/realisations`)
          .set('If-Match', etag)
          .send({ year: 2022 + (n % 3), amount: String(n) }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(2);
  });
});

describe('Idempotency-Key', () => {
  it('replays a retried command with the original answer and writes nothing new', async () => {
    const body = {
      decisionId: 'stuurgroep-2024-01',
      body: 'stuurgroep',
      date: '2024-01-15',
      reference: 'SG 15-1',
      summary: 'Voortgang',
    };
    const first = await api
      .as('editor')
      .post(`${P}/decisions`)
      .set('Idempotency-Key', 'dec-2024-01')
      .send(body)
      .expect(201);
    const count = await api.eventCount();
    const retry = await api
      .as('editor')
      .post(`${P}/decisions`)
      .set('Idempotency-Key', 'dec-2024-01')
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['etag']).toBe(first.headers['etag']);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await api.eventCount()).toBe(count);
  });

  it('replays even after the stream moved on, with a stale If-Match', async () => {
    const etag = (await api.as('viewer').get(P)).headers['etag']!;
    const body = realise('20');
    const first = await api
      .as('editor')
      .post(`${P}/measures/domein-part/realisations`)
      .set('If-Match', etag)
      .set('Idempotency-Key', 'part-2024')
      .send(body)
      .expect(201);
    await api.as('editor').post(`${P}/measures/domein-breed/realisations`).send(realise('1')).expect(201);
    const retry = await api
      .as('editor')
      .post(`${P}/measures/domein-part/realisations`)
      .set('If-Match', etag)
      .set('Idempotency-Key', 'part-2024')
      .send(body);
    expect([retry.status, retry.body]).toEqual([201, first.body]);
  });

  it('answers 422 when the same key comes with a different body', async () => {
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('Idempotency-Key', 'k-1')
      .send(realise('30'))
      .expect(201);
    const count = await api.eventCount();
    const res = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('Idempotency-Key', 'k-1')
      .send(realise('31'))
      .expect(422);
    expect(res.body).toMatchObject({
      type: 'https://grip.example/problems/idempotency-key-reused',
      code: 'IDEMPOTENCY_KEY_REUSED',
      key: 'k-1',
    });
    expect(await api.eventCount()).toBe(count);
  });

  it('refuses a malformed key', async () => {
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('Idempotency-Key', 'met spatie')
      .send(realise('32'))
      .expect(400);
    await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .set('Idempotency-Key', 'x'.repeat(201))
      .send(realise('32'))
      .expect(400);
  });
});

describe('conflicts', () => {
  it('answers 409 with a stable problem type per domain error', async () => {
    const taken = await api
      .as('editor')
      .post(`${P}/measures`)
      .send({ measureId: 'nieuw', code: 'wmo', title: 'Dubbel', domain: 'WMO', category: 'beleidskeuze', owner: 'X' })
      .expect(409);
    expect(taken.body).toMatchObject({
      type: 'https://grip.example/problems/measure-code-taken',
      title: 'Measure code taken',
      code: 'MEASURE_CODE_TAKEN',
      measureId: 'domein-wmo',
    });
    const domain = await api
      .as('editor')
      .post(`${P}/measures`)
      .send({
        measureId: 'nieuw',
        code: 'N 1',
        title: 'Nieuw',
        domain: 'ONBEKEND',
        category: 'beleidskeuze',
        owner: 'X',
      })
      .expect(422);
    expect(domain.body.type).toBe('https://grip.example/problems/unknown-domain');
  });
});
