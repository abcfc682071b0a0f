import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUTCH_HEADERS } from '../export/dutch-headers.js';
import { XLSX_CONTENT_TYPE } from '../export/xlsx.js';
import { readXlsxManifest } from '../export/xlsx-manifest.js';
import { P, seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createHash } from 'node:crypto';
import { checkAnchors, parseAnchorLine } from '@grip/ledger';
import { readManifest } from '../export/manifest.js';
import { createTestApi, HOOGEVEEN, type TestApi } from './__fixtures__/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
  const M = `/api/v1/municipalities/${HOOGEVEEN}`;
  await api
    .as('editor')
    .post(`${M}/income`)
    .send({ year: 2017, source: 'buig', amount: '122381728', basis: 'realised' })
    .expect(201);
  await api
    .as('editor')
    .post(`${M}/expenditure`)
    .send({ year: 2017, line: { kind: 'overhead' }, amount: '123028493.5', basis: 'realised' })
    .expect(201);
  await api
    .as('editor')
    .post(`${P}/measures/domein-wmo/realisations`)
    .send({ year: 2023, amount: '=HYPERLINK("x")' })
    .expect(400);
});
afterAll(() => api.close());

const BOM = '\uFEFF';
/** Collects a binary body (supertest would try to read a spreadsheet as text). */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
/** The CSV's lines without its manifest line (checked on its own below). */
const lines = (text: string) =>
  text
    .replace(BOM, '')
    .trim()
    .split('\r\n')
    .filter((line) => !line.startsWith('#grip-manifest '));

describe('CSV exports', () => {
  it('writes year slices as CSV with a BOM, plain notation by default', async () => {
    const res = await api
      .as('controller')
      .get(`${P}/year-slices?format=csv`)
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => cb(null, text));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="year-slices-hoogeveen-herontwerp.csv"');
    const text = res.body as string;
    expect(text.startsWith(BOM)).toBe(true);
    const [header, first, , , last] = lines(text);
    expect(header).toBe(
      'year,planned,realised,costs,net,target,gap,attributed,phasing,unattributed,realisedCosts,realisedNet,pmCount,notAttributableCount',
    );
    expect(first).toBe('2022,250000,0,350000,-100000,0,-250000,0,250000,250000,0,0,0,0');
    expect(last!.startsWith('2025,1900000,0,350000,1550000,1900000,0,')).toBe(true);
  });

  it("with locale=nl: ';' between fields and exact decimal commas (two decimals, no grouping)", async () => {
    const res = await api.as('controller').get(`${P}/year-slices?locale=nl`).set('Accept', 'text/csv').expect(200);
    const [header, first] = lines(res.text);
    expect(header!.split(';')).toHaveLength(14);
    expect(first).toBe(
      '2022;250000,00;0,00;350000,00;-100000,00;0,00;-250000,00;0,00;250000,00;250000,00;0,00;0,00;0;0',
    );
    const balance = await api
      .as('controller')
      .get(`/api/v1/municipalities/${HOOGEVEEN}/fiscal-balance?from=2017&to=2017&format=csv&locale=nl`)
      .expect(200);
    expect(lines(balance.text)).toEqual([
      'Jaar;Inkomsten;Uitgaven;Saldo;Geplande structurele besparing;Verwacht saldo;Grondslag;Volledig;Ontbreekt',
      '2017;122381728,00;123028493,50;-646765,50;0,00;-646765,50;realised;nee;taakveld-expenditure',
    ]);
  });

  it('exports every projection as XLSX with Dutch headers for every column, and as CSV', async () => {
    const urls = [
      `${P}/year-slices`,
      `${P}/measure-report`,
      `/api/v1/municipalities/${HOOGEVEEN}/fiscal-balance?from=2017&to=2017`,
      `${P}/domain-totals`,
      `${P}/result`,
      `${P}/reconciliation`,
      `${P}/diff?from=2024-03-01T09:00:05Z`,
      `${P}/audit`,
      `${P}/measures/domein-wmo/audit`,
      `/api/v1/municipalities/${HOOGEVEEN}/audit`,
      `/api/v1/municipalities/${HOOGEVEEN}/reconciliation`,
    ];
    for (const url of urls) {
      const res = await api
        .as('controller')
        .get(`${url}${url.includes('?') ? '&' : '?'}format=csv&locale=nl`)
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.text.startsWith(BOM)).toBe(true);
      expect(lines(res.text)[0]).toContain(';');
      const plain = await api
        .as('controller')
        .get(`${url}${url.includes('?') ? '&' : '?'}format=csv`)
        .expect(200);
      const names = lines(plain.text)[0]!.split(',');
      expect(names.filter((n) => !Object.hasOwn(DUTCH_HEADERS, n))).toEqual([]);
      const xlsx = await api
        .as('controller')
        .get(`${url}${url.includes('?') ? '&' : '?'}format=xlsx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      expect(xlsx.headers['content-disposition']).toMatch(/\.xlsx"$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(names.map((n) => DUTCH_HEADERS[n]));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const slices = await api
      .as('controller')
      .get(`${P}/year-slices`)
      .set('Accept', XLSX_CONTENT_TYPE)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(slices.body as ArrayBuffer);
    expect(book.worksheets[0]!.getCell('B5').value).toBe(1900000);
    // The workbook carries the same manifest as the headers, checkable offline (grip verify --export).
    const inBook = (await readXlsxManifest(slices.body as Buffer))!;
    expect(inBook.manifest.anchor).toBe(slices.headers['grip-anchor']);
    expect(inBook.actualSha256).toBe(inBook.manifest.sha256);
    await api.as('viewer').get(`${P}/year-slices?format=xlsx`).expect(403);
    const result = await api.as('controller').get(`${P}/result?format=csv`).expect(200);
    expect(lines(result.text).slice(-2)).toEqual([
      '2025,structural effect in the final year (structureel effect in het laatste jaar),1900000,0,1900000,0,0,0',
      '2022-2025,cumulative over the period (cumulatief over de periode),4650000,1400000,3250000,0,0,0',
    ]);
  });

  it('carries a manifest: the anchor it was computed at and the sha256 of the body, in headers and in the CSV', async () => {
    const csv = await api.as('controller').get(`${P}/year-slices?format=csv`).expect(200);
    const found = readManifest(csv.text)!;
    expect(found.format).toBe('csv');
    expect(found.actualSha256).toBe(found.manifest.sha256);
    expect(csv.headers['grip-anchor']).toBe(found.manifest.anchor);
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(csv.headers['repr-digest']).toBe(`sha-256=:${sha(csv.text)}:`);
    // The anchor holds for the store the export was computed from.
    const anchor = parseAnchorLine(found.manifest.anchor)!;
    expect(anchor.events).toBe(await api.eventCount());
    expect((await checkAnchors(api.grip.store, [anchor])).ok).toBe(true);

    const json = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    expect(parseAnchorLine(json.headers['grip-anchor']!)).toMatchObject({
      events: anchor.events,
      digest: anchor.digest,
    });
    expect(json.headers['repr-digest']).toBe(`sha-256=:${sha(json.text)}:`);
  });

  it('guards text cells against spreadsheet formulas', async () => {
    await api
      .as('editor')
      .post(`${P}/decisions`)
      .send({ decisionId: 'formule', body: 'raad', date: '2024-01-01', reference: 'x', summary: 's', reason: '=1+1' })
      .expect(201);
    const res = await api.as('controller').get(`${P}/audit?format=csv`).expect(200);
    expect(res.text).toContain(",'=1+1,");
  });

  it('refuses unknown formats and locales', async () => {
    await api.as('controller').get(`${P}/year-slices?format=xls`).expect(400);
    await api.as('controller').get(`${P}/year-slices?format=csv&locale=fr`).expect(400);
  });
});
