import { scopedProgrammeKey } from '@grip/ledger';
import { createProjectionQueries, type ProjectionQueries } from '@grip/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { P, seedHoogeveen } from '../../http/__fixtures__/hoogeveen.js';
import { createTestApi, HOOGEVEEN, PROGRAMME, type TestApi } from '../../http/__fixtures__/test-api.js';
import { readManifest } from '../../export/manifest.js';
import { buildReport, type ReportRequest } from './choose-report.js';
import { renderReport } from './render.js';

/**
 * `grip report --format csv` and the API's `?format=csv` write through one CSV writer: for the same
 * data and the same columns they give the same bytes. Both read the same store here.
 */
const M = `/api/v1/municipalities/${HOOGEVEEN}`;
let api: TestApi;
let queries: ProjectionQueries;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
  const editor = api.as('editor');
  // Cents and negative amounts, so the decimal comma and the two decimals are exercised.
  await editor.post(`${P}/measures/domein-wmo/realisations`).send({ year: 2025, amount: '12345.6' }).expect(201);
  await editor
    .post(`${M}/income`)
    .send({ year: 2017, source: 'buig', amount: '122381728', basis: 'realised' })
    .expect(201);
  await editor
    .post(`${M}/expenditure`)
    .send({ year: 2017, line: { kind: 'overhead' }, amount: '123028493.5', basis: 'realised' })
    .expect(201);
  // Stated totals, one off its rows, so reconciliation has lines (text with a comma and a difference).
  await editor
    .post(`${P}/stated-totals`)
    .send({
      totalId: 'plan-2025',
      label: 'Besparing, 2025',
      figure: 'planned',
      scope: { level: 'programme' },
      year: 2025,
      amount: '1.900.001',
    })
    .expect(201);
  await editor
    .post(`${M}/stated-totals`)
    .send({
      totalId: 'saldo-2017',
      label: 'Tabel 7 saldo 2017',
      figure: 'saldo',
      scope: { level: 'municipality' },
      year: 2017,
      amount: '-€ 646.765,50',
    })
    .expect(201);
  queries = createProjectionQueries(api.grip.store);
});
afterAll(() => api.close());

const LOCALES = ['plain', 'nl'] as const;

/**
 * The API's answer as raw bytes: no decoding, so the BOM and line ends are compared too. Its manifest
 * line (which names the moment of the export) is checked against the content and taken off: the CLI's
 * manifest is added by the command, after renderReport.
 */
async function apiCsv(url: string, locale: string): Promise<Buffer> {
  const res = await api
    .as('controller')
    .get(`${url}${url.includes('?') ? '&' : '?'}format=csv&locale=${locale}`)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const found = readManifest((res.body as Buffer).toString('utf8'));
  expect(found?.actualSha256).toBe(found?.manifest.sha256);
  return Buffer.from(found!.body, 'utf8');
}

/** What `grip report ... --format csv [--locale nl]` writes to stdout, as bytes. */
async function cliCsv(request: ReportRequest, locale: 'plain' | 'nl'): Promise<Buffer> {
  // As grip report does: the programme id resolved to the key its stream is stored under.
  const programmeKey = request.programmeId && scopedProgrammeKey(HOOGEVEEN, request.programmeId);
  const report = await buildReport(
    queries,
    { ...request, ...(programmeKey && { programmeKey }) },
    api.grip.clock.now(),
  );
  return Buffer.from(renderReport(report, 'csv', locale), 'utf8');
}

const FROM = '2024-03-01T00:00:00Z';
const TO = '2030-01-01T00:00:00Z';

/** Every report the CLI writes, with the API request that answers the same question. */
const CASES: ReadonlyArray<readonly [string, ReportRequest, string]> = [
  ['year slices', { projection: 'year-slices', programmeId: PROGRAMME }, `${P}/year-slices`],
  ['domain totals, every year', { projection: 'domain-totals', programmeId: PROGRAMME }, `${P}/domain-totals`],
  [
    'domain totals, 2025',
    { projection: 'domain-totals', programmeId: PROGRAMME, year: 2025 },
    `${P}/domain-totals?year=2025`,
  ],
  ['result', { projection: 'result', programmeId: PROGRAMME }, `${P}/result`],
  [
    'fiscal balance 2017-2020',
    { projection: 'fiscal-balance', municipality: HOOGEVEEN, years: { from: 2017, to: 2020 } },
    `${M}/fiscal-balance?from=2017&to=2020`,
  ],
  ['programme audit', { projection: 'audit', programmeId: PROGRAMME }, `${P}/audit`],
  ['municipality audit', { projection: 'audit', municipality: HOOGEVEEN }, `${M}/audit`],
  [
    'diff',
    { projection: 'diff', programmeId: PROGRAMME, from: { at: FROM }, to: { at: TO } },
    `${P}/diff?from=${FROM}&to=${TO}`,
  ],
  ['programme reconciliation', { projection: 'reconciliation', programmeId: PROGRAMME }, `${P}/reconciliation`],
  ['municipality reconciliation', { projection: 'reconciliation', municipality: HOOGEVEEN }, `${M}/reconciliation`],
];

describe('CLI CSV and API CSV are the same bytes (one table definition per projection)', () => {
  for (const [name, request, url] of CASES)
    it.each(LOCALES)(`${name}: locale %s`, async (locale) => {
      const cli = await cliCsv(request, locale);
      expect(cli.toString('utf8').split('\r\n').length).toBeGreaterThan(2);
      expect(cli.toString('utf8')).toBe((await apiCsv(url, locale)).toString('utf8'));
      expect(cli.equals(await apiCsv(url, locale))).toBe(true);
    });

  it.each(LOCALES)('amounts: cents and negative saldi in the notation of locale %s', async (locale) => {
    const result = (await cliCsv({ projection: 'result', programmeId: PROGRAMME }, locale)).toString('utf8');
    expect(result).toContain(
      locale === 'nl'
        ? '\r\n2022-2025;cumulative over the period (cumulatief over de periode);4650000,00;1400000,00;3250000,00;12345,60;'
        : '\r\n2022-2025,cumulative over the period (cumulatief over de periode),4650000,1400000,3250000,12345.6,',
    );
    const balance = await cliCsv(
      { projection: 'fiscal-balance', municipality: HOOGEVEEN, years: { from: 2017, to: 2020 } },
      locale,
    );
    expect(balance.toString('utf8')).toContain(
      locale === 'nl' ? '\r\n2017;122381728,00;123028493,50;-646765,50;' : '\r\n2017,122381728,123028493.5,-646765.5,',
    );
  });
});
