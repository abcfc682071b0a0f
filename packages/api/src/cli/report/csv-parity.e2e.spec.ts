import { createProjectionQueries, type ProjectionQueries } from '@grip/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchHeader } from '../../export/dutch-headers.js';
import { P, seedHoogeveen } from '../../http/__fixtures__/hoogeveen.js';
import { createTestApi, HOOGEVEEN, PROGRAMME, type TestApi } from '../../http/__fixtures__/test-api.js';
import { buildReport, type ReportRequest } from './choose-report.js';
import { renderReport } from './render.js';

/**
 * `grip report --format csv` and the API's `?format=csv` write through one CSV writer: for the same
 * data and the same columns they give the same bytes. Both read the same store here.
 */
let api: TestApi;
let queries: ProjectionQueries;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
  const M = `/api/v1/municipalities/${HOOGEVEEN}`;
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
  queries = createProjectionQueries(api.grip.store);
});
afterAll(() => api.close());

const LOCALES = ['plain', 'nl'] as const;

/** The API's answer as raw bytes: no decoding, so the BOM and line ends are compared too. */
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
  return res.body as Buffer;
}

/** What `grip report ... --format csv [--locale nl]` writes to stdout, as bytes. */
async function cliCsv(request: ReportRequest, locale: 'plain' | 'nl'): Promise<Buffer> {
  const report = await buildReport(queries, request, api.grip.clock.now());
  return Buffer.from(renderReport(report, 'csv', locale), 'utf8');
}

/** Keeps the named columns of a CSV whose cells need no quoting (numbers and plain words). */
function onlyColumns(csv: string, names: readonly string[], delimiter: string): string {
  expect(csv).not.toContain('"');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map((line) => line.split(delimiter));
  const indices = names.map((name) => header!.indexOf(name));
  expect(indices).not.toContain(-1);
  return `\uFEFF${[header!, ...rows].map((cells) => indices.map((i) => cells[i]).join(delimiter)).join('\r\n')}\r\n`;
}

describe('CLI CSV and API CSV are the same bytes', () => {
  it.each(LOCALES)('result (the same columns): locale %s', async (locale) => {
    const cli = await cliCsv({ projection: 'result', programmeId: PROGRAMME }, locale);
    expect(cli.equals(await apiCsv(`${P}/result`, locale))).toBe(true);
    expect(cli.toString('utf8')).toContain(
      locale === 'nl'
        ? '\r\ntotal;4650000,00;1400000,00;3250000,00;12345,60;'
        : '\r\ntotal,4650000,1400000,3250000,12345.6,',
    );
  });

  it.each(LOCALES)('fiscal balance 2017-2020 (the same columns): locale %s', async (locale) => {
    const cli = await cliCsv(
      { projection: 'fiscal-balance', municipality: HOOGEVEEN, years: { from: 2017, to: 2020 } },
      locale,
    );
    expect(
      cli.equals(await apiCsv(`/api/v1/municipalities/${HOOGEVEEN}/fiscal-balance?from=2017&to=2020`, locale)),
    ).toBe(true);
    expect(cli.toString('utf8')).toContain(
      locale === 'nl' ? '\r\n2017;122381728,00;123028493,50;-646765,50;' : '\r\n2017,122381728,123028493.5,-646765.5,',
    );
  });

  it.each(LOCALES)(
    "Hoogeveen year slices: the CLI's columns are the API's, byte for byte: locale %s",
    async (locale) => {
      const cli = (await cliCsv({ projection: 'year-slices', programmeId: PROGRAMME }, locale)).toString('utf8');
      const delimiter = locale === 'nl' ? ';' : ',';
      const names = cli
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(delimiter);
      const columns = [
        'year',
        'planned',
        'realised',
        'costs',
        'net',
        'target',
        'gap',
        'unattributed',
        'pmCount',
        'notAttributableCount',
      ];
      expect(names).toEqual(locale === 'nl' ? columns.map(dutchHeader) : columns);
      const fromApi = (await apiCsv(`${P}/year-slices`, locale)).toString('utf8');
      expect(cli).toBe(onlyColumns(fromApi, names, delimiter));
      const lines = cli.split('\r\n');
      expect(lines[1]).toBe(
        locale === 'nl'
          ? '2022;250000,00;0,00;350000,00;-100000,00;0,00;-250000,00;250000,00;0;0'
          : '2022,250000,0,350000,-100000,0,-250000,250000,0,0',
      );
      expect(lines[4]!.startsWith(locale === 'nl' ? '2025;1900000,00;12345,60;' : '2025,1900000,12345.6,')).toBe(true);
    },
  );
});
