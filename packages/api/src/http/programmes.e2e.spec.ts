import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createTestApi, HOOGEVEEN, PROGRAMME, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
});
afterAll(() => api.close());

describe('programmes', () => {
  it('lists programmes with id, municipality, title and period', async () => {
    const res = await api.as('viewer').get('/api/v1/programmes').expect(200);
    expect(res.body.programmes).toEqual([
      {
        id: PROGRAMME,
        municipality: HOOGEVEEN,
        title: 'Herontwerp sociaal domein 2022-2025',
        period: { firstYear: 2022, lastYear: 2025 },
        revision: expect.any(Number),
      },
    ]);
    await api.as('viewer').get(`/api/v1/programmes?municipality=${HOOGEVEEN}`).expect(200);
    const other = await api.as('admin').get('/api/v1/programmes?municipality=GM0106').expect(200);
    expect(other.body.programmes).toEqual([]);
  });

  it('answers one programme with its measures and the stream revision as ETag', async () => {
    const res = await api.as('viewer').get(P).expect(200);
    expect(res.headers['etag']).toBe(`"${res.body.revision}"`);
    expect(res.body.measures.map((m: { code: string }) => m.code)).toEqual(['PART', 'WMO', 'JEUGD', 'BREED']);
    expect(res.body.targets[0]).toMatchObject({ targetId: 'taakstelling-programma', amount: '1900000' });
  });

  it('opens a programme with Location, and refuses opening it twice with 409', async () => {
    const body = {
      programmeId: 'tweede',
      title: 'Tweede',
      period: { firstYear: 2024, lastYear: 2026 },
      domains: [{ code: 'W', name: 'Wmo' }],
      categories: [{ code: 'b', name: 'B' }],
    };
    const res = await api.as('editor').post('/api/v1/programmes').send(body).expect(201);
    expect(res.headers['location']).toBe('/api/v1/programmes/tweede?municipality=GM0118');
    expect(res.headers['etag']).toBe('"0"');
    expect(res.body).toMatchObject({
      streamId: 'programme-GM0118/tweede',
      firstRevision: 0,
      lastRevision: 0,
      events: [{ type: 'ProgrammeOpened' }],
    });
    const again = await api.as('editor').post('/api/v1/programmes').send(body).expect(409);
    expect(again.body).toMatchObject({
      type: 'https://grip.example/problems/programme-already-opened',
      code: 'PROGRAMME_ALREADY_OPENED',
      status: 409,
    });
  });

  it('year slices read 250000 / 750000 / 1750000 / 1900000 with target and gap', async () => {
    const res = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    expect(res.body.programmeId).toBe(PROGRAMME);
    expect(res.body.asOf).toBeNull();
    expect(res.body.years.map((y: { year: number; planned: string }) => [y.year, y.planned])).toEqual([
      [2022, '250000'],
      [2023, '750000'],
      [2024, '1750000'],
      [2025, '1900000'],
    ]);
    const y2025 = res.body.years[3];
    expect(y2025).toMatchObject({ realised: '0', costs: '350000', net: '1550000', target: '1900000', gap: '0' });
  });

  it('answers domain totals for one year and for every year', async () => {
    const one = await api.as('viewer').get(`${P}/domain-totals?year=2025`).expect(200);
    expect(one.body.years).toHaveLength(1);
    const planned = Object.fromEntries(
      one.body.years[0].domains.map((d: { code: string; planned: string }) => [d.code, d.planned]),
    );
    expect(planned).toMatchObject({ PART: '200000', WMO: '650000', JEUGD: '450000', BREED: '600000' });
    expect(one.body.years[0].total).toBe('1900000');
    const all = await api.as('viewer').get(`${P}/domain-totals`).expect(200);
    expect(all.body.years.map((y: { year: number }) => y.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  it('answers the programme result: the structural effect in the final year and the cumulative, labelled', async () => {
    const res = await api.as('viewer').get(`${P}/result`).expect(200);
    expect(res.body.cumulative).toMatchObject({
      label: 'cumulative over the period (cumulatief over de periode)',
      planned: '4650000',
      costs: '1400000',
      net: '3250000',
    });
    expect(res.body.finalYear).toMatchObject({
      year: 2025,
      label: 'structural effect in the final year (structureel effect in het laatste jaar)',
      planned: '1900000',
      net: '1900000',
    });
    expect(res.body.byRag.none).toBe(4);
  });

  it('records a measure status, realisations ("-" is not attributable), costs realised', async () => {
    const editor = api.as('editor');
    const trail = await api.as('controller').get(`${P}/audit`).expect(200);
    const cut = (trail.body.entries as Array<{ recordedAt: string }>)
      .map((e) => e.recordedAt)
      .sort()
      .at(-1)!;
    await editor
      .post(`${P}/measures/domein-wmo/status`)
      .send({ rag: 'oranje', lifecycle: 'running', effectiveDate: '2023-06-30' })
      .expect(201);
    await editor.post(`${P}/measures/domein-wmo/realisations`).send({ year: 2023, amount: '€ 180.000,50' }).expect(201);
    await editor.post(`${P}/measures/domein-jeugd/realisations`).send({ year: 2023, amount: '-' }).expect(201);
    await editor
      .post(`${P}/costs/realisations`)
      .send({
        costId: 'invoeringskosten',
        measureId: null,
        year: 2023,
        amount: '341250.75',
        nature: 'incidental',
        kind: 'programme-organisation',
      })
      .expect(201);
    const slices = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    expect(slices.body.years[1]).toMatchObject({
      year: 2023,
      realised: '180000.5',
      realisedCosts: '341250.75',
      notAttributableCount: 1,
    });
    const measures = await api.as('viewer').get(`${P}/measures`).expect(200);
    const wmo = measures.body.measures.find((m: { measureId: string }) => m.measureId === 'domein-wmo');
    expect(wmo).toMatchObject({ rag: 'oranje', lifecycle: 'running', realised: { '2023': '180000.5' } });
    await editor.post(`${P}/measures/onbekend/realisations`).send({ year: 2023, amount: '5' }).expect(404);
    // As known before the realisations, and with a typo'd parameter.
    const before = await api.as('viewer').get(`${P}/measures?asOf=${cut}`).expect(200);
    expect(before.body.measures.find((m: { measureId: string }) => m.measureId === 'domein-wmo').realised).toEqual({});
    await api.as('viewer').get(`${P}/measures?asof=2024-03-01`).expect(400);
    const report = await api.as('viewer').get(`${P}/measure-report?year=2023`).expect(200);
    const rows = report.body.rows as Array<{ measureId: string; realised: string | null; notAttributable: boolean }>;
    expect(rows.find((r) => r.measureId === 'domein-wmo')).toMatchObject({
      realised: '180000.5',
      notAttributable: false,
    });
    expect(rows.find((r) => r.measureId === 'domein-jeugd')).toMatchObject({ realised: null, notAttributable: true });
    expect(report.body.counts).toMatchObject({ measures: 4, notAttributable: 1, notReported: 2 });
    const earlier = await api.as('viewer').get(`${P}/measure-report?year=2023&asOf=${cut}`).expect(200);
    expect(earlier.body.counts).toMatchObject({ notAttributable: 0, notReported: 4 });
  });

  it('revises a target on a new decision', async () => {
    const editor = api.as('editor');
    await editor
      .post(`${P}/decisions`)
      .send({
        decisionId: 'raad-2023',
        body: 'raad',
        date: '2023-07-06',
        reference: 'Kadernota 2024',
        summary: 'Taakstelling verhoogd',
      })
      .expect(201);
    await editor
      .post(`${P}/targets/taakstelling-programma/revisions`)
      .send({ amount: '2000000', timing: { kind: 'structural', fromYear: 2025 }, decisionId: 'raad-2023' })
      .expect(201);
    const slices = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    expect(slices.body.years[3]).toMatchObject({ target: '2000000', gap: '100000' });
    await editor
      .post(`${P}/targets/onbekend/revisions`)
      .send({ amount: '1', timing: { kind: 'structural', fromYear: 2025 }, decisionId: 'raad-2023' })
      .expect(404);
  });

  it('reconciles a stated total against the ledger, to the cent', async () => {
    const editor = api.as('editor');
    await editor
      .post(`${P}/stated-totals`)
      .send({
        totalId: 'plan-2025',
        label: 'Totaal 2025',
        figure: 'planned',
        scope: { level: 'programme' },
        year: 2025,
        amount: '1.900.001',
      })
      .expect(201);
    const res = await api.as('viewer').get(`${P}/reconciliation`).expect(200);
    expect(res.body.lines).toEqual([
      expect.objectContaining({
        totalId: 'plan-2025',
        stated: '1900001',
        computed: '1900000',
        difference: '1',
        status: 'differs',
      }),
    ]);
  });

  it('corrects an entry (If-Match required) and the diff names the correcting event', async () => {
    const before = await api.as('viewer').get(P).expect(200);
    const audit = await api.as('controller').get(`${P}/measures/domein-wmo/audit`).expect(200);
    const realised = audit.body.entries.find((e: { type: string }) => e.type === 'SavingRealised');
    const cutoff = before.body.revision;
    const head = await api.as('controller').get(`${P}/audit`).expect(200);
    const lastRecordedAt = head.body.entries.at(-1).recordedAt;
    const body = {
      correctedEventId: realised.eventId,
      replacement: { measureId: 'domein-wmo', year: 2023, amount: '175000' },
      explanation: 'Typefout',
    };
    await api.as('editor').post(`${P}/corrections`).send(body).expect(428);
    const res = await api.as('editor').post(`${P}/corrections`).set('If-Match', `"${cutoff}"`).send(body).expect(201);
    expect(res.body.events[0].type).toBe('EntryCorrected');
    const diff = await api
      .as('viewer')
      .get(`${P}/diff?from=${encodeURIComponent(lastRecordedAt)}`)
      .expect(200);
    const wmo = diff.body.measures.find((m: { measureId: string }) => m.measureId === 'domein-wmo');
    expect(wmo.changes).toEqual([
      expect.objectContaining({
        figure: 'realised',
        year: 2023,
        old: '180000.5',
        new: '175000',
        eventIds: [res.body.events[0].eventId],
      }),
    ]);
  });

  it('answers year slices as known at an earlier moment', async () => {
    const audit = await api.as('controller').get(`${P}/audit`).expect(200);
    const planRevised = audit.body.entries.find((e: { type: string }) => e.type === 'ProgrammePlanRevised');
    const res = await api
      .as('viewer')
      .get(`${P}/year-slices?asOf=${encodeURIComponent(planRevised.recordedAt)}`)
      .expect(200);
    expect(res.body.asOf).toBe(planRevised.recordedAt);
    expect(res.body.years.map((y: { planned: string }) => y.planned)).toEqual([
      '250000',
      '750000',
      '1750000',
      '1900000',
    ]);
    expect(res.body.years[3].costs).toBe('0');
  });

  it('answers 404 for unknown programmes, and 400 for a bad asOf', async () => {
    const res = await api.as('viewer').get('/api/v1/programmes/bestaat-niet/year-slices').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await api.as('viewer').get('/api/v1/programmes/bestaat-niet').expect(404);
    const bad = await api.as('viewer').get(`${P}/year-slices?asOf=2024-13-45T00:00:00Z`).expect(400);
    expect(bad.body.issues[0].path).toBe('asOf');
    await api.as('viewer').get(`${P}/year-slices?asOf=berap-9-1999`).expect(400);
    await api.as('viewer').get(`${P}/year-slices?color=red`).expect(400);
  });
});
