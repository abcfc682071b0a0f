import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_BASE } from './problem/problem-types.js';
import { seedHoogeveen } from './__fixtures__/hoogeveen.js';
import { createTestApi, HOOGEVEEN, PROGRAMME, type TestApi } from './__fixtures__/test-api.js';

/** One request the fuzzer sends; every one of them is malformed in at least one way. */
type BadRequest = {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly url: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  readonly label: string;
};

type CommandRoute = { method: 'post' | 'put'; url: string; example: Record<string, unknown>; required: string[] };

const PARAMS: Record<string, string> = {
  programmeId: PROGRAMME,
  measureId: 'domein-wmo',
  targetId: 'taakstelling-programma',
  code: HOOGEVEEN,
  keyId: 'k',
};
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => PARAMS[name]!);

let api: TestApi;
let commandRoutes: CommandRoute[];
let readRoutes: string[];

beforeAll(async () => {
  api = await createTestApi();
  await seedHoogeveen(api);
  const doc = (await request(api.app).get('/api/v1/openapi.json')).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: {
            content: { 'application/json': { example: Record<string, unknown>; schema: { required?: string[] } } };
          };
        }
      >
    >;
  };
  commandRoutes = [];
  readRoutes = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const json = op.requestBody?.content['application/json'];
      if (json)
        commandRoutes.push({
          method: method as 'post' | 'put',
          url: fill(path),
          example: json.example,
          required: json.schema.required ?? [],
        });
      else if (
        method === 'get' &&
        path.startsWith('/api/v1/') &&
        !path.endsWith('openapi.json') &&
        !path.endsWith('docs')
      )
        readRoutes.push(fill(path));
    }
  }
});
afterAll(() => api.close());

const json = (route: CommandRoute, body: unknown, label: string, extra: Partial<BadRequest> = {}): BadRequest => ({
  method: route.method,
  url: route.url,
  body: JSON.stringify(body),
  contentType: 'application/json',
  label,
  ...extra,
});

const wrongValue = fc.constantFrom<unknown>(true, false, { nested: [1] }, [[]], 12.5, -1e308);
const notMoney = fc.oneof(
  fc.double({ noNaN: true }).map((n) => n as unknown),
  fc.integer().map((n) => n as unknown),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
    .map(([w, f, l]) => `${w}.${String(f).padStart(2, '0')}${l}`),
  fc.stringMatching(/^-?[1-9]\d{12,400}$/),
  fc.constantFrom('1e400', 'NaN', 'Infinity', '€', '1,234.56', '12.34.56', '--5', '0x10', ''),
);
const badYear = fc.constantFrom<unknown>('2023', 2023.5, 1e20, -5, 1989, 2201, null, 'MMXXIII');

/** A mutation of a valid-looking command body that can never be accepted. */
function commandMutations(route: CommandRoute): fc.Arbitrary<BadRequest> {
  const keys = Object.keys(route.example).filter((k) => k !== 'replacement');
  const mutations: Array<fc.Arbitrary<BadRequest>> = [
    fc
      .tuple(fc.constantFrom(...keys), wrongValue)
      .map(([key, value]) => json(route, { ...route.example, [key]: value }, `wrong type for ${key}`)),
    fc
      .stringMatching(/^[a-z][a-zA-Z0-9]{0,15}$/)
      .filter(
        (k) =>
          !(k in route.example) &&
          ![
            'reason',
            'source',
            'sourceReference',
            'municipality',
            'description',
            'detail',
            'label',
            'knownAt',
            'rag',
            'lifecycle',
          ].includes(k),
      )
      .map((key) => json(route, { ...route.example, [key]: 'x' }, `unknown field ${key}`)),
    fc.integer({ min: 1, max: 200 }).map((cut) => {
      const text = JSON.stringify(route.example);
      return { ...json(route, null, 'broken JSON'), body: text.slice(0, Math.min(cut, text.length - 1)) };
    }),
    fc
      .constantFrom('[]', '42', '"text"', 'null', 'true', '{"a":', "{'single':1}", '{"a":1,}')
      .map((body) => ({ ...json(route, null, 'not an object'), body })),
    fc.constant({ ...json(route, { ...route.example, padding: 'x'.repeat(70_000) }, 'oversized body') }),
    fc
      .constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded')
      .map((contentType) => ({ ...json(route, route.example, `content type ${contentType}`), contentType })),
  ];
  // Ledger commands (not key management) take If-Match and Idempotency-Key.
  if (route.url !== '/api/v1/keys') {
    mutations.push(
      fc
        .constantFrom('W/"0"', '"x1"', '"1.5"', '"-2"x', 'garbage')
        .map((ifMatch) => json(route, route.example, `If-Match ${ifMatch}`, { headers: { 'If-Match': ifMatch } })),
      fc
        .constantFrom('met spatie', 'x'.repeat(201), 'tab\there')
        .map((key) => json(route, route.example, 'bad Idempotency-Key', { headers: { 'Idempotency-Key': key } })),
    );
  }
  if (route.url.includes(PROGRAMME)) {
    mutations.push(
      fc.stringMatching(/^[^/?#]{0,30}$/).map((id) => ({
        ...json(route, route.example, 'unknown programme'),
        url: route.url.replace(PROGRAMME, encodeURIComponent(`~${id}`)),
      })),
    );
  }
  if (route.url.includes(HOOGEVEEN)) {
    mutations.push(
      fc
        .stringMatching(/^[A-Z]{0,3}\d{0,5}$/)
        .filter((c) => !/^GM\d{4}$/.test(c))
        .map((code) => ({
          ...json(route, route.example, 'malformed municipality'),
          url: route.url.replace(HOOGEVEEN, encodeURIComponent(`_${code}`)),
        })),
    );
  }
  const required = route.required.filter((k) => k in route.example);
  if (required.length > 0) {
    mutations.push(
      fc
        .constantFrom(...required)
        .map((key) =>
          json(route, Object.fromEntries(Object.entries(route.example).filter(([k]) => k !== key)), `missing ${key}`),
        ),
    );
  }
  if ('amount' in route.example)
    mutations.push(
      notMoney.map((amount) => json(route, { ...route.example, amount }, `amount ${String(amount).slice(0, 20)}`)),
    );
  if ('year' in route.example)
    mutations.push(badYear.map((year) => json(route, { ...route.example, year }, `year ${String(year)}`)));
  return fc.oneof(...mutations);
}

const unknownDomain = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.string({ minLength: 1, maxLength: 20 }))
  .map(([id, domain]): BadRequest => ({
    method: 'post',
    url: `/api/v1/programmes/${PROGRAMME}/measures`,
    body: JSON.stringify({
      measureId: `fuzz-${id}`,
      code: `FZ ${id}`,
      title: 'Fuzz',
      domain: `ZZ-${domain}`,
      category: 'beleidskeuze',
      owner: 'Fuzzer',
    }),
    contentType: 'application/json',
    label: 'unknown domain',
  }));

const badQuery = (url: string) =>
  fc
    .oneof(
      fc.string({ maxLength: 30 }).map((s) => `asOf=${encodeURIComponent(`x ${s}`)}`),
      fc.constantFrom(
        'asOf=2024-02-30T99:00:00Z',
        'asOf=2024-01-01T00:00:00',
        'format=xml',
        'format=csv&locale=fr',
        'year=abc',
        'year=99999',
        'from=2020&to=2010',
        'from=x',
        'unknown=1',
        'asOf=a&asOf=b',
      ),
    )
    .map((query): BadRequest => ({ method: 'get', url: `${url}?${query}`, label: `query ${query}` }));

describe('generated bad input', () => {
  it('answers at least 1,000 malformed requests with 4xx problem+json, never 5xx, and writes nothing', async () => {
    const eventsBefore = await api.eventCount();
    const keysBefore = api.grip.keys.count();
    const anyBadRequest = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...commandRoutes).chain(commandMutations) },
      { weight: 1, arbitrary: unknownDomain },
      { weight: 2, arbitrary: fc.constantFrom(...readRoutes.filter((u) => !u.includes('/keys'))).chain(badQuery) },
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(anyBadRequest, async (bad) => {
        let pending = request(api.app)[bad.method](bad.url).set('Authorization', `Bearer ${api.keys.admin}`);
        for (const [name, value] of Object.entries(bad.headers ?? {})) pending = pending.set(name, value);
        if (bad.body !== undefined)
          pending = pending.set('Content-Type', bad.contentType ?? 'application/json').send(bad.body);
        const res = await pending;
        sent++;
        const where = `${bad.label}: ${bad.method.toUpperCase()} ${bad.url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        expect(res.status, where).toBeGreaterThanOrEqual(400);
        expect(res.status, where).toBeLessThan(500);
        expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
        expect(res.body.status, where).toBe(res.status);
        expect(String(res.body.type).startsWith(PROBLEM_BASE), where).toBe(true);
      }),
      { numRuns: 1200, seed: Number(process.env['GRIP_FUZZ_SEED'] ?? 4242) },
    );
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(await api.eventCount()).toBe(eventsBefore);
    expect(api.grip.keys.count()).toBe(keysBefore);
    // 1,200 requests take ~10 s alone and several times that on a machine shared with other work: a bound
    // on a hang, not a timing claim.
  }, 180_000);
});
