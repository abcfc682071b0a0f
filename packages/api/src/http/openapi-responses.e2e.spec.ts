import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { importDemoJournals } from '../journal/demo.js';
import {
  domainTotalsResponse,
  fiscalBalanceResponse,
  measureReportResponse,
  municipalityReconciliationResponse,
  programmeDiffResponse,
  programmeReconciliationResponse,
  programmeResultResponse,
} from './openapi/projection-schemas.js';
import { yearSliceResponse, yearSlicesExample, yearSlicesResponse } from './openapi/year-slice-schema.js';
import { createTestApi, type TestApi } from './__fixtures__/test-api.js';

type Schema = { properties?: Record<string, Schema>; items?: Schema; description?: string };
type Doc = { paths: Record<string, Record<string, { tags: string[]; responses: Record<string, Json> }>> };
type Json = { content?: Record<string, { schema?: Schema; example?: unknown }> };

let api: TestApi;
let head: string;
let doc: Doc;
beforeAll(async () => {
  api = await createTestApi();
  await importDemoJournals(api.grip);
  head = String(await api.grip.store.headPosition());
  doc = (await request(api.app).get('/api/v1/openapi.json').expect(200)).body as Doc;
});
afterAll(() => api.close());

/** A real answer, read once the read models hold the whole demo import. */
const answer = async (url: string): Promise<unknown> =>
  (await api.as('admin').get(`/api/v1${url}`).set('Grip-Min-Position', head).expect(200)).body;

const HOOGEVEEN = '/programmes/hoogeveen-herontwerp';
const ASSEN = '/programmes/assen-sociaal-domein';

describe('response schemas of the projection routes', () => {
  it('documents a JSON response schema with fields for every projection route', () => {
    const projections = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.values(methods)
        .filter((op) => op.tags.some((t) => t.endsWith('reports')))
        .map((op) => ({ path, schema: op.responses['200']?.content?.['application/json']?.schema })),
    );
    expect(projections.length).toBeGreaterThanOrEqual(8);
    for (const { path, schema } of projections) expect(Object.keys(schema?.properties ?? {}), path).not.toEqual([]);
  });

  it('explains every field of a year slice', () => {
    const years =
      doc.paths['/api/v1/programmes/{programmeId}/year-slices']!['get']!.responses['200']!.content!['application/json']!
        .schema!.properties!['years']!;
    const fields = years.items!.properties!;
    expect(Object.keys(fields).sort()).toEqual(Object.keys(yearSliceResponse.shape).sort());
    expect(Object.keys(fields).length).toBe(15); // programmeId and the 14 figures
    for (const [name, field] of Object.entries(fields)) expect(field.description, name).toMatch(/\w{3}/);
  });

  it.each<[string, z.ZodType]>([
    [`${HOOGEVEEN}/year-slices`, yearSlicesResponse],
    [`${HOOGEVEEN}/domain-totals`, domainTotalsResponse],
    [`${HOOGEVEEN}/measure-report`, measureReportResponse],
    [`${HOOGEVEEN}/result`, programmeResultResponse],
    [`${ASSEN}/diff?from=2021-initieel&to=2021-bijgesteld`, programmeDiffResponse],
    [`${ASSEN}/reconciliation`, programmeReconciliationResponse],
    ['/municipalities/GM0118/reconciliation', municipalityReconciliationResponse],
    ['/municipalities/GM0118/fiscal-balance?from=2017&to=2020', fiscalBalanceResponse],
  ])('the real answer of %s has the documented shape', async (url, schema) => {
    const parsed = schema.safeParse(await answer(url));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("the year-slice example is Hoogeveen's real first year, as the demo journal records it", async () => {
    const real = (await answer(`${HOOGEVEEN}/year-slices`)) as { years: Array<{ year: number }> };
    const documented =
      doc.paths['/api/v1/programmes/{programmeId}/year-slices']!['get']!.responses['200']!.content!['application/json']!
        .example;
    expect(documented).toEqual(yearSlicesExample);
    expect({ ...real, years: real.years.filter((y) => y.year === 2022) }).toEqual(yearSlicesExample);
  });
});

describe('the docs page', () => {
  it('renders the Markdown of descriptions: the year-slice fields are explained, no backtick is left', async () => {
    const page = (await request(api.app).get('/api/v1/docs').expect(200)).text;
    expect(page).toContain('<td><code>years[].gap</code></td>');
    expect(page).toContain('<code>target − planned</code>: positive is a shortfall still to be found');
    expect(page).toContain('<strong>Baten</strong>: the savings the budget counts on this year');
    expect(page).toContain('Example response:');
    expect(page).not.toContain('`');
    expect(page).not.toMatch(/<script|<link|src="http/);
  });
});
