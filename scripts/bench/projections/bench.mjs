// Projection benchmark: full rebuild of every read model over a synthetic national data set, next to
// a baseline measured in the same run (JSON.parse of the same serialized events plus a trivial fold),
// and the latency of an as-of query on one programme. Usage: node bench/run.mjs [--events N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectionQueries, createProjectionRunner, openReadModelDb } from '@grip/projections';
import { generate } from './generate.mjs';
import { createLineStore } from './line-store.mjs';

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

function baseline(lines) {
  // The trivial fold: events per type and the highest revision per stream.
  const started = performance.now();
  const perType = new Map();
  const lastRevision = new Map();
  for (const line of lines) {
    const e = JSON.parse(line);
    perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    lastRevision.set(e.streamId, e.revision);
  }
  return { millis: performance.now() - started, streams: lastRevision.size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n, ms) => Math.round((n / ms) * 1000);

export async function runProjectionBench(args = []) {
  const target = argValue(args, '--events', 1_000_000);
  let t = performance.now();
  const { lines, programmes } = generate({ events: target });
  console.log(`generated ${lines.length} events for 342 municipalities, ${programmes.length} programmes in ${Math.round(performance.now() - t)} ms`);
  const store = createLineStore(lines);

  baseline(lines.slice(0, Math.min(lines.length, 50_000))); // warm-up, so neither side pays JIT alone
  const base = baseline(lines);

  const dir = mkdtempSync(join(tmpdir(), 'grip-bench-'));
  try {
    const db = openReadModelDb(join(dir, 'read-models.sqlite'));
    const runner = createProjectionRunner({ store, db });
    const rebuild = await runner.rebuild();

    const queries = createProjectionQueries(store);
    const { programmeId } = programmes[Math.floor(programmes.length / 2)];
    const midway = JSON.parse(lines[Math.floor(lines.length / 2)]).metadata.recordedAt;
    const latencies = [];
    let slices;
    for (let i = 0; i < 7; i++) {
      t = performance.now();
      slices = await queries.yearSlices(programmeId, { at: midway });
      latencies.push(performance.now() - t);
    }
    t = performance.now();
    const latest = runner.readModels.yearSlices(programmeId);
    const readModelMillis = performance.now() - t;

    const result = {
      events: lines.length,
      baseline: { millis: Math.round(base.millis), eventsPerSecond: rate(lines.length, base.millis) },
      rebuild: { millis: Math.round(rebuild.millis), eventsPerSecond: rate(rebuild.events, rebuild.millis) },
      ratio: Number((base.millis / rebuild.millis).toFixed(2)),
      target: '>= 0.5',
      asOfQuery: { programmeId, at: midway, medianMillis: Number(median(latencies).toFixed(2)), planned: slices.map((s) => s.planned) },
      latestReadModelMillis: Number(readModelMillis.toFixed(2)),
      latestPlanned: latest.map((s) => s.planned),
    };
    console.log(`baseline (JSON.parse + trivial fold): ${result.baseline.eventsPerSecond} events/s`);
    console.log(`full rebuild (parse, validate, fold, SQLite commit): ${result.rebuild.eventsPerSecond} events/s`);
    console.log(`ratio rebuild/baseline: ${result.ratio} (target ${result.target}) ${result.ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`);
    console.log(`as-of query (year slices of ${programmeId} at ${midway}): median ${result.asOfQuery.medianMillis} ms`);
    console.log(JSON.stringify(result));
    db.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
