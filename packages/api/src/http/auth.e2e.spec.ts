import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { ASSEN, createTestApi, HOOGEVEEN, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
});
afterAll(() => api.close());

const decision = (id: string) => ({
  decisionId: id,
  body: 'college',
  date: '2024-01-10',
  reference: 'B&W',
  summary: 'Besluit',
});

describe('authentication', () => {
  it('answers 401 problem+json with WWW-Authenticate without a key, with a wrong key and with a revoked key', async () => {
    const none = await request(api.app).get('/api/v1/programmes').expect(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="grip"');
    expect(none.body).toMatchObject({ type: 'https://grip.example/problems/unauthorized', status: 401 });
    await request(api.app)
      .get('/api/v1/programmes')
      .set('Authorization', 'Bearer grip_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .expect(401);
    await request(api.app).get('/api/v1/programmes').set('Authorization', `Basic ${api.keys.viewer}`).expect(401);
  });

  it('does not parse the body of an anonymous request', async () => {
    await request(api.app).post(`${P}/decisions`).set('Content-Type', 'application/json').send('{broken').expect(401);
  });
});

describe('roles: viewer < controller < editor < admin', () => {
  const reads = [
    `${P}/year-slices`,
    `${P}/domain-totals`,
    `${P}/result`,
    `${P}/reconciliation`,
    `/api/v1/municipalities/${HOOGEVEEN}/fiscal-balance?from=2022&to=2023`,
  ];
  const audits = [`${P}/audit`, `${P}/measures/domein-wmo/audit`, `/api/v1/municipalities/${HOOGEVEEN}/audit`];

  it('viewer reads projections, but not the audit trail, exports, commands or keys', async () => {
    for (const url of reads) await api.as('viewer').get(url).expect(200);
    for (const url of audits) await api.as('viewer').get(url).expect(403);
    const csv = await api.as('viewer').get(`${P}/year-slices?format=csv`).expect(403);
    expect(csv.body.detail).toMatch(/controller/);
    await api.as('viewer').post(`${P}/decisions`).send(decision('v')).expect(403);
    await api.as('viewer').get('/api/v1/keys').expect(403);
  });

  it('controller adds the audit trail and CSV exports, but no commands', async () => {
    for (const url of audits) await api.as('controller').get(url).expect(200);
    await api.as('controller').get(`${P}/year-slices`).set('Accept', 'text/csv').expect(200);
    await api.as('controller').post(`${P}/decisions`).send(decision('c')).expect(403);
    await api.as('controller').get('/api/v1/keys').expect(403);
  });

  it('editor records commands, but does not manage keys', async () => {
    await api.as('editor').post(`${P}/decisions`).send(decision('e')).expect(201);
    await api
      .as('editor')
      .post('/api/v1/keys')
      .send({ name: 'x', role: 'viewer', municipalities: [HOOGEVEEN] })
      .expect(403);
  });

  it('admin creates, lists and revokes keys; the created key works at once and the secret is never listed', async () => {
    const created = await api
      .as('admin')
      .post('/api/v1/keys')
      .send({ name: 'nieuw', role: 'viewer', municipalities: [HOOGEVEEN] })
      .expect(201);
    expect(created.body.key).toMatch(/^grip_/);
    expect(created.headers['cache-control']).toBe('no-store');
    await request(api.app).get('/api/v1/programmes').set('Authorization', `Bearer ${created.body.key}`).expect(200);
    const list = await api.as('admin').get('/api/v1/keys').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(list.body.keys.map((k: { name: string }) => k.name)).toContain('nieuw');
    await api.as('admin').delete(`/api/v1/keys/${created.body.principal.keyId}`).expect(204);
    await request(api.app).get('/api/v1/programmes').set('Authorization', `Bearer ${created.body.key}`).expect(401);
    await api.as('admin').delete(`/api/v1/keys/${created.body.principal.keyId}`).expect(404);
    const bad = await api
      .as('admin')
      .post('/api/v1/keys')
      .send({ name: 'x', role: 'root', municipalities: '*', extra: 1 })
      .expect(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['extra', 'role']);
  });

  it('records the authenticated key as actor, never a body field', async () => {
    await api
      .as('editor')
      .post(`${P}/decisions`)
      .send({ ...decision('actor'), actor: 'mallory' })
      .expect(400);
    const audit = await api.as('controller').get(`${P}/audit`).expect(200);
    const actors = new Set(audit.body.entries.map((e: { actor: string }) => e.actor));
    expect(actors).toEqual(new Set([`key:${api.principals.editor.keyId}:editor`]));
  });
});

describe('tenant isolation', () => {
  it("answers 404, not 403, for another municipality's programme, on reads and writes", async () => {
    const hidden = await api.as('assenViewer').get(P).expect(404);
    expect(hidden.body.code).toBe('PROGRAMME_NOT_FOUND');
    const unknown = await api.as('assenViewer').get('/api/v1/programmes/bestaat-niet').expect(404);
    expect({ ...hidden.body, detail: '', programmeId: '', instance: '' }).toEqual({
      ...unknown.body,
      detail: '',
      programmeId: '',
      instance: '',
    });
    for (const path of [
      'year-slices',
      'domain-totals',
      'result',
      'reconciliation',
      'diff?from=berap-1-2024',
      'measures',
    ])
      await api.as('assenViewer').get(`${P}/${path}`).expect(404);
    await api.as('assenEditor').get(`${P}/audit`).expect(404);
    await api.as('assenEditor').post(`${P}/decisions`).send(decision('a')).expect(404);
    await api
      .as('assenEditor')
      .put(`${P}/plan`)
      .set('If-Match', '"1"')
      .send({ decisionId: 'x', lines: [] })
      .expect(404);
  });

  it("answers 404 for another municipality's own stream and hides its programmes from lists", async () => {
    await api.as('assenViewer').get(`/api/v1/municipalities/${HOOGEVEEN}/fiscal-balance?from=2017&to=2017`).expect(404);
    await api
      .as('assenEditor')
      .post(`/api/v1/municipalities/${HOOGEVEEN}/income`)
      .send({ year: 2017, source: 'buig', amount: '1', basis: 'realised' })
      .expect(404);
    await api
      .as('assenEditor')
      .post(`/api/v1/municipalities/${ASSEN}/income`)
      .send({ year: 2021, source: 'buig', amount: '1', basis: 'realised' })
      .expect(201);
    const list = await api.as('assenViewer').get('/api/v1/programmes').expect(200);
    expect(list.body.programmes).toEqual([]);
    await api.as('viewer').get(`/api/v1/municipalities/${ASSEN}/reconciliation`).expect(404);
  });

  it("opens a programme in the key's only municipality, and not in a foreign one", async () => {
    const body = {
      programmeId: 'assen-grip',
      title: 'Grip Assen',
      period: { firstYear: 2021, lastYear: 2024 },
      domains: [{ code: 'W', name: 'Wmo' }],
      categories: [{ code: 'b', name: 'B' }],
    };
    await api
      .as('assenEditor')
      .post('/api/v1/programmes')
      .send({ ...body, municipality: HOOGEVEEN })
      .expect(404);
    await api.as('assenEditor').post('/api/v1/programmes').send(body).expect(201);
    const seen = await api.as('assenViewer').get('/api/v1/programmes').expect(200);
    expect(seen.body.programmes.map((p: { municipality: string }) => p.municipality)).toEqual([ASSEN]);
    const admin = await api
      .as('admin')
      .post('/api/v1/programmes')
      .send({ ...body, programmeId: 'x' })
      .expect(400);
    expect(admin.body.issues[0].path).toBe('municipality');
  });

  it('lets a municipality-scoped admin manage only keys within its municipalities', async () => {
    const scoped = await api
      .as('admin')
      .post('/api/v1/keys')
      .send({ name: 'assen-admin', role: 'admin', municipalities: [ASSEN] })
      .expect(201);
    const auth = `Bearer ${scoped.body.key}`;
    await request(api.app)
      .post('/api/v1/keys')
      .set('Authorization', auth)
      .send({ name: 'x', role: 'viewer', municipalities: '*' })
      .expect(404);
    await request(api.app)
      .post('/api/v1/keys')
      .set('Authorization', auth)
      .send({ name: 'x', role: 'viewer', municipalities: [HOOGEVEEN] })
      .expect(404);
    const list = await request(api.app).get('/api/v1/keys').set('Authorization', auth).expect(200);
    expect(
      list.body.keys.every(
        (k: { municipalities: unknown }) => JSON.stringify(k.municipalities) === JSON.stringify([ASSEN]),
      ),
    ).toBe(true);
    await request(api.app).delete(`/api/v1/keys/${api.principals.viewer.keyId}`).set('Authorization', auth).expect(404);
  });
});
