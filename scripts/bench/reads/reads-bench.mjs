// Reads benchmark (issue 13): the service on a generated store, autocannon on loopback, every query's
// throughput and p50/p99 as a ratio to GET /health in the same run (and GET /health to a bare node:http
// server), at 500, 5,000 and 50,000 events in one programme, then at national scale (342 municipalities,
// >= 1,000,000 events, read models built by `grip rebuild` first); peak RSS of the service. Every figure
// also gives the server's CPU time per request, which moves far less than throughput on a shared machine.
// At the first size, the HTTP ceiling piece by piece (bare node:http, express 5, helmet, pino-http,
// prom-client, the service: ceiling-server.mjs), each against the bare server.
//   --quick            200 and 2,000 events, 1 s per query, no national scale (CI smoke run)
//   --reads-duration S seconds per measurement (default 5)
//   --no-national      skip the national scale
//   --sizes A,B,C      events in the programme (default 500,5000,50000; quick 200,2000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ratio, whole } from '../harness/table.mjs';
import { startGripServer } from '../http/grip-server.mjs';
import { LAYERS, startBareServer } from './bare-server.mjs';
import { get, HEALTH_THROUGH_EXPRESS, measure } from './measure.mjs';
import { measureNational } from './national.mjs';
import { MUNICIPALITY, openProgrammeStore, PROGRAMME } from './programme-store.mjs';

const P = `/api/v1/programmes/${PROGRAMME}`;
const M = `/api/v1/municipalities/${MUNICIPALITY}`;
const met = (value, min) => `≥ ${min}: ${value >= min ? 'met' : 'MISSED'}`;

/** The queries at each size: [name, path, kind]; latest ones have the ≥ 0.5 target, as-of ones ≥ 0.25 at 5,000. */
const queries = (midway, anyMoment) => [
  ['year slices, latest', `${P}/year-slices`, 'latest'],
  ['domain totals, latest', `${P}/domain-totals`, 'latest'],
  ['result, latest', `${P}/result`, 'latest'],
  ['fiscal balance 2022-2025, latest', `${M}/fiscal-balance?from=2022&to=2025`, 'latest'],
  ['GET /programmes', '/api/v1/programmes', 'latest'],
  ['year slices asOf a date', `${P}/year-slices?asOf=${midway}`, 'asOf'],
  ['year slices asOf a P&C moment', `${P}/year-slices?asOf=berap-1-2023`, 'asOf'],
  ['diff from a date to now', `${P}/diff?from=${midway}`, 'asOf'],
  ['measures asOf a date', `${P}/measures?asOf=${midway}`, 'asOf'],
  // Another moment every request: the as-of cache cannot answer, so this is the fold from a snapshot.
  [
    'year slices asOf a new time each request',
    () => `${P}/year-slices?asOf=${encodeURIComponent(anyMoment())}`,
    'fold',
  ],
];

const cpu = (r) => (r.cpuUs === null ? '' : `, ${whole(r.cpuUs)} µs CPU/req`);
const figure = (r) => `${whole(r.rate)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${cpu(r)}`;

/** Where GET /health loses time: the service's stack piece by piece (ceiling-server.mjs), then the service. */
async function ceilingRows(server, duration) {
  const rows = [];
  let bare = null;
  for (const layer of LAYERS) {
    const s = await startBareServer(layer);
    try {
      await measure(`${s.url}/health`, { duration: 1 }); // warm-up
      const r = await measure(`${s.url}/health`, { duration, pid: s.pid });
      bare ??= r;
      rows.push([`${LAYER_NAMES[layer]}`, r]);
    } finally {
      await s.stop();
    }
  }
  rows.push(['the service (npm start)', await measure(`${server.url}/health`, { duration, pid: server.pid })]);
  const routed = await measure(`${server.url}${HEALTH_THROUGH_EXPRESS}`, { duration, pid: server.pid });
  rows.push(['the service, through its express route', routed]);
  return rows.map(([variant, r]) => ({
    benchmark: 'reads, HTTP ceiling',
    variant: `GET /health: ${variant}`,
    figure: `${whole(r.rate)} req/s${cpu(r)}`,
    ratio: ratio(r.rate / bare.rate),
    against: `bare node:http (${whole(bare.rate)} req/s)`,
    ...(variant === 'the service (npm start)' && { target: met(r.rate / bare.rate, 0.5) }),
  }));
}

const LAYER_NAMES = {
  bare: 'bare node:http',
  express: 'bare express 5',
  helmet: '+ helmet',
  'pino-http': '+ pino-http (info, to a pipe)',
  metrics: '+ prom-client per-request metrics',
};

export async function runReadsBench({ quick, args }) {
  const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const duration = Number(flag('--reads-duration') ?? (quick ? 1 : 5));
  const sizes = flag('--sizes')?.split(',').map(Number) ?? (quick ? [200, 2_000] : [500, 5_000, 50_000]);
  const dir = mkdtempSync(join(tmpdir(), 'grip-reads-bench-'));
  const rows = [];
  const notes = [];
  const latestAt = new Map();
  let peak = 0;
  const data = openProgrammeStore(join(dir, 'grip.sqlite'));
  await data.setUp();
  await data.growTo(sizes[0]);
  process.env.GRIP_READ_WAIT_MS = '60000'; // the server waits for its read models to catch up with our appends
  process.env.LOG_LEVEL = 'warn';
  process.env.GRIP_CONCURRENT_READS_PER_KEY = '64'; // 10 connections share one key: measure the reads, not the per-key limit
  const server = await startGripServer(dir);
  const bare = await startBareServer();
  try {
    for (const size of sizes) {
      await data.growTo(size);
      const head = await data.store.headPosition();
      await get(server, `${P}/year-slices`, { 'Grip-Min-Position': head }); // the read models hold every event
      const midway = encodeURIComponent(data.midway());
      console.log(`\nreads: ${whole(size)} events in the programme, ${duration} s per query`);
      const health = async () => measure(`${server.url}${HEALTH_THROUGH_EXPRESS}`, { duration, pid: server.pid });
      await measure(`${server.url}/health`, { duration: 1 }); // warm-up
      const bareRun = await measure(`${bare.url}/`, { duration });
      const probe = await measure(`${server.url}/health`, { duration, pid: server.pid });
      const before = await health();
      const results = [];
      for (const [name, path, kind] of queries(midway, data.anyMoment)) {
        const pathOf = typeof path === 'function' ? path : undefined;
        const first = pathOf ? pathOf() : path;
        await get(server, first); // warm-up, and a failure here names the query
        const options = { key: server.key, duration, pid: server.pid, ...(pathOf && { pathOf }) };
        results.push([name, kind, await measure(`${server.url}${first}`, options)]);
      }
      const after = await health();
      if (size === sizes[0]) rows.push(...(await ceilingRows(server, duration)));
      const healthRate = (before.rate + after.rate) / 2;
      const label = `${whole(size)} events`;
      const against = `GET /health through express (${whole(healthRate)} req/s)`;
      rows.push({
        benchmark: `reads, ${label}`,
        variant: 'GET /health against a bare node:http server',
        figure: `${whole(probe.rate)} vs ${whole(bareRun.rate)} req/s${cpu(probe)}`,
        ratio: ratio(probe.rate / bareRun.rate),
        against: 'bare node:http, same run',
        target: met(probe.rate / bareRun.rate, 0.5),
      });
      rows.push({
        benchmark: `reads, ${label}`,
        variant: 'GET /health through express (the baseline below) against a bare node:http server',
        figure: `${whole(healthRate)} vs ${whole(bareRun.rate)} req/s${cpu(before)}`,
        ratio: ratio(healthRate / bareRun.rate),
        against: 'bare node:http, same run',
      });
      for (const [name, kind, r] of results) {
        const share = r.rate / healthRate;
        const target =
          kind === 'latest' ? met(share, 0.5) : kind === 'asOf' && size === 5_000 ? met(share, 0.25) : undefined;
        rows.push({
          benchmark: `reads, ${label}`,
          variant: name,
          figure: figure(r),
          ratio: ratio(share),
          against,
          target,
        });
        if (kind === 'latest') (latestAt.get(name) ?? latestAt.set(name, []).get(name)).push([share, r.cpuUs]);
      }
      peak = Math.max(peak, server.peakRssMiB() ?? 0);
    }
    for (const [name, figures] of latestAt) {
      const shares = figures.map(([share]) => share);
      const flat = shares.at(-1) / shares[0];
      // The server's CPU per request does not move with the machine's load the way throughput does.
      const cpus = figures.map(([, us]) => us);
      const cpuNote = cpus.every((us) => us !== null) ? `; CPU/req ${cpus.map((us) => whole(us)).join(' → ')} µs` : '';
      rows.push({
        benchmark: 'reads, flatness',
        variant: `${name}: share of /health at ${whole(sizes.at(-1))} vs at ${whole(sizes[0])}`,
        figure: `${shares.map((s) => s.toFixed(2)).join(' → ')}${cpuNote}`,
        ratio: ratio(flat),
        against: `its own share at ${whole(sizes[0])} events`,
        target: quick ? undefined : met(flat, 0.8),
      });
    }
  } finally {
    await bare.stop();
    await server.stop();
    await data.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({
    benchmark: 'reads, one programme',
    variant: 'peak RSS of the service',
    figure: `${Math.round(peak)} MiB`,
  });
  if (!quick && !args.includes('--no-national')) {
    const national = await measureNational({ duration });
    rows.push(...national.rows);
    notes.push(...national.notes);
  }
  notes.push(
    "Each query is measured with autocannon, 10 connections on 127.0.0.1, against the service started as `npm start` starts it; GET /health through express (`/health?via=express`: the bare path is answered before express, see docs/reads.md) is measured before and after the queries and their mean is the baseline. CPU/req is the server process's user + system time divided by the requests answered.",
  );
  return { rows, notes };
}
