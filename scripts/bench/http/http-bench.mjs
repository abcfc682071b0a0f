// HTTP benchmark: commands through the running service (auth, body parsing, the ledger with group
// commit, the projection runner in the same process) with 1 and 16 writers, against GET /health
// served by the same process in the same run. autocannon drives the load from this process over loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ratio, whole } from '../harness/table.mjs';
import { MEASURES, openProgrammeCommand, registerMeasureCommand, savingData } from '../write/events.mjs';
import { startGripServer } from './grip-server.mjs';

const WRITERS = 16;
const target = (value, min) => `≥ ${min}: ${value >= min ? 'met' : 'MISSED'}`;

async function post(server, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
}

async function setUpProgrammes(server) {
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, p) => {
      const { data } = openProgrammeCommand(`bench-${p}`);
      await post(server, '/api/v1/programmes', { ...data, municipality: 'GM0118' });
      for (let m = 0; m < MEASURES; m++) {
        const { programmeId, ...measure } = registerMeasureCommand(`bench-${p}`, m).data;
        await post(server, `/api/v1/programmes/${programmeId}/measures`, measure);
      }
    }),
  );
}

const run = (options) =>
  new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });

/** One writer: one connection realising savings on one programme, request after request. */
function writer(server, programme, duration) {
  let n = 0;
  return run({
    url: server.url,
    connections: 1,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' },
        // autocannon resets a connection's context after each pass over `requests`: the programme is fixed here.
        setupRequest: (request) => {
          const { measureId, ...body } = savingData(n++);
          return {
            ...request,
            path: `/api/v1/programmes/${programme}/measures/${measureId}/realisations`,
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
}

/**
 * `count` writers at once, writer i on programme i (one autocannon instance each), summed. The p99 is the
 * highest of the writers' own p99s.
 */
async function writers(server, count, duration) {
  const results = await Promise.all(Array.from({ length: count }, (_, i) => writer(server, `bench-${i}`, duration)));
  const sum = (pick) => results.reduce((n, r) => n + pick(r), 0);
  return {
    requests: { average: sum((r) => r.requests.average) },
    latency: { p99: Math.max(...results.map((r) => r.latency.p99)) },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}

const health = (server, duration, query = '') =>
  run({ url: `${server.url}/health${query}`, connections: WRITERS, duration });

export async function runHttpBench({ quick }) {
  const duration = quick ? 1 : 10;
  const dir = mkdtempSync(join(tmpdir(), 'grip-http-bench-'));
  const server = await startGripServer(dir);
  try {
    await setUpProgrammes(server);
    console.log(`\nHTTP: ${duration} s per measurement, GET /health before and after the writers`);
    await health(server, 1); // warm-up
    const before = await health(server, duration);
    const one = await writers(server, 1, duration);
    const many = await writers(server, WRITERS, duration);
    const after = await health(server, duration);
    // Context: /health has a fast path outside express; ?via=express answers through the stack a command takes.
    const viaExpress = await health(server, duration, '?via=express');
    const healthRate = (before.requests.average + after.requests.average) / 2;
    const failures = [one, many].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    if (failures > 0) throw new Error(`${failures} write requests failed`);
    const row = (variant, result, extra) => ({
      benchmark: 'HTTP',
      variant,
      figure: `${whole(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
      ratio: ratio(result.requests.average / healthRate),
      against: `GET /health, ${WRITERS} connections (${whole(healthRate)} req/s)`,
      ...extra,
    });
    return {
      rows: [
        row('GET /health (mean of before and after)', { ...before, requests: { average: healthRate } }),
        row('POST realisation, 1 writer', one),
        row(`POST realisation, ${WRITERS} writers on ${WRITERS} programmes`, many, {
          target: target(many.requests.average / healthRate, 0.7),
        }),
        row('GET /health?via=express (context: through express, as a command goes)', viaExpress),
        {
          ...row(`POST realisation, ${WRITERS} writers on ${WRITERS} programmes`, many),
          ratio: ratio(many.requests.average / viaExpress.requests.average),
          against: `GET /health?via=express, ${WRITERS} connections (${whole(viaExpress.requests.average)} req/s)`,
        },
      ],
      serverPeakRssMiB: server.peakRssMiB(),
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
