// National scale: the projections benchmark's synthetic data set (342 municipalities, two programmes
// each, >= 1,000,000 events) in a SQLite store, read models built by `grip rebuild`, then the service.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ratio, whole } from '../harness/table.mjs';
import { startGripServer } from '../http/grip-server.mjs';
import { generate } from '../projections/generate.mjs';
import { loadIntoSqlite } from '../projections/load-sqlite.mjs';
import { get, HEALTH_THROUGH_EXPRESS, measure } from './measure.mjs';

const GRIP = fileURLToPath(new URL('../../../packages/api/bin/grip.js', import.meta.url));
const met = (value, min) => `≥ ${min}: ${value >= min ? 'met' : 'MISSED'}`;

export async function measureNational({ duration, events = 1_000_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'grip-reads-national-'));
  try {
    console.log(`\nreads, national: generating ${whole(events)} events`);
    let t = performance.now();
    const store = await loadIntoSqlite(generate({ events }).lines, join(dir, 'grip.sqlite'));
    const head = await store.headPosition();
    await store.close();
    const loaded = (performance.now() - t) / 1000;
    t = performance.now();
    const rebuild = spawnSync(process.execPath, [GRIP, 'rebuild', '--data-dir', dir], { encoding: 'utf8' });
    if (rebuild.status !== 0) throw new Error(`grip rebuild failed: ${rebuild.stderr}`);
    const rebuilt = (performance.now() - t) / 1000;
    const server = await startGripServer(dir);
    try {
      const P = '/api/v1/programmes/gm0118-p0';
      const M = '/api/v1/municipalities/GM0118';
      await get(server, `${P}/year-slices`, { 'Grip-Min-Position': head });
      const slice = await get(server, `${P}/year-slices`);
      const midway = encodeURIComponent('2022-06-30');
      const queries = [
        ['year slices, latest', `${P}/year-slices`, 0.5],
        ['result, latest', `${P}/result`, 0.5],
        ['fiscal balance 2022-2025, latest', `${M}/fiscal-balance?from=2022&to=2025`, 0.5],
        ['GET /programmes?municipality=GM0118', '/api/v1/programmes?municipality=GM0118', 0.5],
        ['GET /programmes (all 684, admin)', '/api/v1/programmes', undefined],
        ['year slices asOf a date', `${P}/year-slices?asOf=${midway}`, 0.25],
        ['diff from a date to now', `${P}/diff?from=${midway}`, 0.25],
      ];
      await measure(`${server.url}/health`, { duration: 1 });
      const before = await measure(`${server.url}${HEALTH_THROUGH_EXPRESS}`, { duration, pid: server.pid });
      const results = [];
      for (const [name, path, min] of queries) {
        await get(server, path);
        results.push([
          name,
          min,
          await measure(`${server.url}${path}`, { key: server.key, duration, pid: server.pid }),
        ]);
      }
      const after = await measure(`${server.url}${HEALTH_THROUGH_EXPRESS}`, { duration, pid: server.pid });
      const healthRate = (before.rate + after.rate) / 2;
      const against = `GET /health through express (${whole(healthRate)} req/s)`;
      const rows = results.map(([name, min, r]) => ({
        benchmark: 'reads, national',
        variant: name,
        figure: `${whole(r.rate)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.cpuUs === null ? '' : `, ${whole(r.cpuUs)} µs CPU/req`}`,
        ratio: ratio(r.rate / healthRate),
        against,
        ...(min !== undefined && { target: met(r.rate / healthRate, min) }),
      }));
      const rss = server.peakRssMiB() ?? 0;
      rows.push({
        benchmark: 'reads, national',
        variant: 'peak RSS of the service',
        figure: `${Math.round(rss)} MiB`,
        target: `< 1024 MiB: ${rss < 1024 ? 'met' : 'MISSED'}`,
      });
      const programmeYears = slice.years.length;
      return {
        rows,
        notes: [
          `National scale: ${whole(events)} events generated and loaded in ${loaded.toFixed(0)} s, read models built by \`grip rebuild\` in ${rebuilt.toFixed(0)} s (the service starts on a current checkpoint); the programme asked has ${programmeYears} budget years.`,
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
