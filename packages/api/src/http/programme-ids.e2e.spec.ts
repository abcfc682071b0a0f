import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ASSEN, createTestApi, HOOGEVEEN, type TestApi } from './__fixtures__/test-api.js';

/** Programme ids are unique per municipality only (docs/programme-ids.md): no one can observe or block another's. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const opening = (programmeId: string, title: string) => ({
  programmeId,
  title,
  period: { firstYear: 2024, lastYear: 2026 },
  domains: [{ code: 'W', name: 'Wmo' }],
  categories: [{ code: 'b', name: 'B' }],
});
const measure = { measureId: 'm1', code: 'M1', title: 'M', domain: 'W', category: 'b', owner: 'team' };

/** Status and body of an answer, without what names the request itself (instance). */
const answer = (res: { status: number; body: Record<string, unknown> }, id: string) => {
  const { instance: _instance, ...body } = res.body;
  return { status: res.status, body: JSON.parse(JSON.stringify(body).replaceAll(id, '<id>')) as unknown };
};

describe('programme ids scoped per municipality', () => {
  it('given Hoogeveen opened x, when Assen opens x, then both exist, each with its own title', async () => {
    await api.as('editor').post('/api/v1/programmes').send(opening('x', 'Hoogeveen x')).expect(201);
    const assen = await api.as('assenEditor').post('/api/v1/programmes').send(opening('x', 'Assen x')).expect(201);
    expect(assen.body.streamId).toBe(`programme-${ASSEN}/x`);
    expect(assen.headers['location']).toBe(`/api/v1/programmes/x?municipality=${ASSEN}`);
    expect((await api.as('viewer').get('/api/v1/programmes/x').expect(200)).body.title).toBe('Hoogeveen x');
    expect((await api.as('assenViewer').get('/api/v1/programmes/x').expect(200)).body.title).toBe('Assen x');
    // Opening it again is refused only within the municipality that has it.
    await api.as('assenEditor').post('/api/v1/programmes').send(opening('x', 'Assen x')).expect(409);
  });

  it("given Hoogeveen has x, then Assen's editor gets the same answer for x as for an id nobody has", async () => {
    const cases = [
      (id: string) => api.as('assenEditor').get(`/api/v1/programmes/only-hv-${id}`),
      (id: string) => api.as('assenEditor').post(`/api/v1/programmes/only-hv-${id}/measures`).send(measure),
      (id: string) => api.as('assenEditor').post(`/api/v1/programmes/only-hv-${id}/measures`).send({ bad: 1 }),
      (id: string) => api.as('assenEditor').get(`/api/v1/programmes/only-hv-${id}/year-slices`),
      (id: string) => api.as('assenEditor').get(`/api/v1/programmes/only-hv-${id}?municipality=${HOOGEVEEN}`),
    ];
    await api.as('editor').post('/api/v1/programmes').send(opening('only-hv-taken', 'Hoogeveen only')).expect(201);
    for (const request of cases) {
      const taken = answer(await request('taken'), 'only-hv-taken');
      const free = answer(await request('free'), 'only-hv-free');
      expect(taken).toEqual(free);
      expect(taken.status).toBe(404);
    }
  });

  it('given Hoogeveen has y, when Assen opens prog-y with an invalid body, then the refusal is the one for a free id', async () => {
    await api.as('editor').post('/api/v1/programmes').send(opening('prog-y', 'Hoogeveen y')).expect(201);
    const invalid = { ...opening('prog-y', 'Assen y'), period: { firstYear: 2026, lastYear: 2024 } };
    const onTaken = await api.as('assenEditor').post('/api/v1/programmes').send(invalid);
    const onFree = await api
      .as('assenEditor')
      .post('/api/v1/programmes')
      .send({ ...invalid, programmeId: 'nobody-y' });
    expect(answer(onTaken, 'prog-y')).toEqual(answer(onFree, 'nobody-y'));
    expect(onTaken.status).toBe(422);
    await api.as('assenEditor').post('/api/v1/programmes').send(opening('prog-y', 'Assen y')).expect(201);
  });

  it('given two municipalities use z, when an admin names z, then it must say which, and may', async () => {
    await api.as('editor').post('/api/v1/programmes').send(opening('z', 'Hoogeveen z')).expect(201);
    await api.as('assenEditor').post('/api/v1/programmes').send(opening('z', 'Assen z')).expect(201);
    const ambiguous = await api.as('admin').get('/api/v1/programmes/z').expect(400);
    expect(ambiguous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(ambiguous.body).toMatchObject({
      code: 'INVALID_REQUEST',
      programmeId: 'z',
      candidates: [
        { municipality: ASSEN, href: `/api/v1/programmes/z?municipality=${ASSEN}` },
        { municipality: HOOGEVEEN, href: `/api/v1/programmes/z?municipality=${HOOGEVEEN}` },
      ],
    });
    await api.as('admin').post('/api/v1/programmes/z/measures').send(measure).expect(400);
    const assen = await api.as('admin').get(`/api/v1/programmes/z?municipality=${ASSEN}`).expect(200);
    expect(assen.body.title).toBe('Assen z');
    await api.as('admin').post(`/api/v1/programmes/z/measures?municipality=${ASSEN}`).send(measure).expect(201);
    const slices = await api.as('admin').get(`/api/v1/programmes/z/year-slices?municipality=${HOOGEVEEN}`);
    expect(slices.status).toBe(200);
    // An id only one municipality uses needs no ?municipality=, also for an admin.
    await api.as('admin').get('/api/v1/programmes/only-hv-taken').expect(200);
    const listed = await api.as('admin').get('/api/v1/programmes').expect(200);
    const zs = (listed.body.programmes as Array<{ id: string; municipality: string }>).filter((p) => p.id === 'z');
    expect(zs.map((p) => p.municipality)).toEqual([ASSEN, HOOGEVEEN]);
  });

  it("given the runner holds every programme, an admin's latest and as-of reads and its writes find the id's municipality without listing the store's streams", async () => {
    await api.as('assenEditor').post('/api/v1/programmes').send(opening('only-assen-w', 'Assen w')).expect(201);
    await api.projections.runner.idle();
    const listStreams = vi.spyOn(api.grip.store, 'listStreams');
    try {
      await api.as('admin').get('/api/v1/programmes/only-assen-w/year-slices').expect(200);
      await api.as('admin').get('/api/v1/programmes/only-assen-w/year-slices?asOf=2030-01-01').expect(200);
      await api.as('admin').get('/api/v1/programmes/z/year-slices?asOf=2030-01-01').expect(400);
      // A write too: who uses the id from the models, its revision from the ledger (If-Match still holds).
      await api.as('admin').post('/api/v1/programmes/only-assen-w/measures').send(measure).expect(201);
      await api.as('admin').post('/api/v1/programmes/z/measures').send(measure).expect(400);
      expect(listStreams).not.toHaveBeenCalled();
    } finally {
      listStreams.mockRestore();
    }
  });
});
