import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProgramme, startInProcess, type KeyName, type RunningApi } from './support/in-process.js';
import { documentedOperations, fillPath, type DocumentedOperation } from './support/operations.js';
import { SCALE, timeoutFor, tried } from './support/scale.js';

let api: RunningApi;
let operations: DocumentedOperation[];
beforeAll(async () => {
  api = await startInProcess();
  await seedProgramme(api, 'fuzz-programme');
  operations = await documentedOperations(api);
});
afterAll(() => api.close());

type Fuzzed = {
  readonly op: number;
  readonly key: KeyName | 'wrong' | null;
  readonly params: Record<string, string>;
  readonly query: string;
  readonly body: { kind: 'none' } | { kind: 'raw'; text: string; type: string } | { kind: 'json'; value: unknown };
};

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'amount', 'year', '', ' ', '\u0000'];
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    '\u001b[2J',
    '../../etc/passwd',
    '%00',
    'GM0106',
    '9'.repeat(400),
    '1e309',
    '-0',
    'NaN',
    'PM',
  ),
);
const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    hostileText,
    fc.integer(),
    fc.double(),
    fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** Takes a documented example and breaks one thing in it, or sends something else entirely. */
function bodyFor(example: unknown): fc.Arbitrary<Fuzzed['body']> {
  const base = (example ?? {}) as Record<string, unknown>;
  const fields = Object.keys(base);
  const mutated = fc
    .tuple(fc.constantFrom(...(fields.length ? fields : ['x'])), jsonish, fc.constantFrom(...HOSTILE_KEYS), fc.nat(3))
    .map(([field, value, extraKey, how]) => {
      const copy: Record<string, unknown> = { ...base };
      if (how === 0) delete copy[field];
      else if (how === 1) copy[field] = value;
      else if (how === 2) Object.defineProperty(copy, extraKey, { value, enumerable: true });
      else
        return {
          kind: 'raw' as const,
          text: JSON.stringify(copy).replace('{', `{"${extraKey}":${JSON.stringify(value) ?? 1},`),
          type: 'application/json',
        };
      return { kind: 'json' as const, value: copy };
    });
  return fc.oneof(
    { arbitrary: mutated, weight: 6 },
    { arbitrary: jsonish.map((value) => ({ kind: 'json' as const, value })), weight: 2 },
    {
      arbitrary: fc
        .record({
          text: fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[]', 'null', '"x"', '{"year":2024,,}')),
          type: fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/problem+json',
          ),
        })
        .map((r) => ({ kind: 'raw' as const, ...r })),
      weight: 2,
    },
    { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
  );
}

const fuzzed = (ops: DocumentedOperation[]): fc.Arbitrary<Fuzzed> =>
  fc.nat(ops.length - 1).chain((op) =>
    fc.record({
      op: fc.constant(op),
      key: fc.constantFrom<Fuzzed['key']>(
        'editor',
        'editor',
        'admin',
        'controller',
        'viewer',
        'otherEditor',
        'wrong',
        null,
      ),
      params: fc.record({
        programmeId: fc.oneof(fc.constant('fuzz-programme'), hostileText),
        code: fc.constantFrom('GM0118', 'GM0106', 'GM9999', 'gm0118', 'x'),
        measureId: fc.oneof(fc.constant('m1'), hostileText),
        targetId: fc.oneof(fc.constant('t1'), hostileText),
        keyId: hostileText,
      }),
      query: fc.oneof(
        fc.constant(''),
        fc.constantFrom(
          '?asOf=garbage',
          '?format=csv',
          '?format=xml',
          '?year=99999',
          '?from=2030&to=2020',
          '?asOf=2024-01-01T00:00:00Z',
          '?moment=__proto__',
          '?a=1&a=2',
        ),
      ),
      body: bodyFor(ops[op]!.example),
    }),
  );

async function send(request: Fuzzed): Promise<{ status: number; written: number; contentType: string }> {
  const op = operations[request.op]!;
  const url = fillPath(op.path, request.params) + request.query;
  const headers: Record<string, string> = {};
  if (request.key === 'wrong')
    headers.authorization = 'Bearer grip_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  const key = request.key === 'wrong' ? null : request.key;
  let body: unknown;
  if (request.body.kind === 'json') body = request.body.value === undefined ? 'null' : request.body.value;
  if (request.body.kind === 'raw') {
    body = request.body.text;
    headers['content-type'] = request.body.type;
  }
  const res = await api.call(
    key,
    op.method,
    url,
    op.method === 'GET' || op.method === 'DELETE' ? undefined : body,
    headers,
  );
  const text = await res.text();
  let written = 0;
  if (res.status < 300 && op.method !== 'GET' && res.headers.get('idempotent-replayed') !== 'true') {
    const parsed = JSON.parse(text) as { events?: unknown[] };
    written = parsed.events?.length ?? 0;
  }
  return { status: res.status, written, contentType: res.headers.get('content-type') ?? '' };
}

describe('fuzzed requests against every documented route', () => {
  it(
    `${SCALE.fuzzRequests} requests: no 5xx, every refusal is problem+json, and only accepted requests wrote events`,
    async () => {
      const requests = fc.sample(fuzzed(operations), {
        numRuns: SCALE.fuzzRequests,
        seed: Number(process.env.GRIP_FUZZ_SEED ?? 20261202),
      });
      const before = await api.eventCount();
      const statuses = new Map<number, number>();
      let accepted = 0;
      let writtenByAccepted = 0;
      for (let i = 0; i < requests.length; i += 8) {
        const answers = await Promise.all(requests.slice(i, i + 8).map(send));
        answers.forEach((a, j) => {
          statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
          const what = JSON.stringify(requests[i + j]).slice(0, 300);
          expect(a.status, `a 5xx for ${what}`).toBeLessThan(500);
          if (a.status >= 400 && a.status !== 404) expect(a.contentType, what).toMatch(/application\/problem\+json/);
          if (a.status < 300) accepted++;
          writtenByAccepted += a.written;
        });
      }
      expect(await api.eventCount()).toBe(before + writtenByAccepted);
      const summary = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      tried(
        `${requests.length} fuzzed requests (mutated examples, hostile keys and text, raw bodies, wrong content types and keys) over ${operations.length} operations`,
        `0 answers ≥ 500 (${summary}); ${accepted} accepted wrote ${writtenByAccepted} events, rejected requests wrote 0`,
      );
    },
    timeoutFor(SCALE.fuzzRequests, 60),
  );
});
