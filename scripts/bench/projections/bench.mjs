// Projection benchmark: full rebuild of every read model over a synthetic national data set, next to
// a baseline measured in the same run (JSON.parse of the same serialized events plus a trivial fold),
// and the latency of an as-of query on one programme. The events live in a SQLite event store file
// written through the ledger's adapter. Usage: node bench/run.mjs [--events N] [--workers N]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectionQueries, createProjectionRunner, openReadModelDb } from '@grip/projections';
import { generate } from './generate.mjs';
import { createLineStore } from './line-store.mjs';
import { loadIntoSqlite } from './load-sqlite.mjs';
import { openSqliteEventStore } from '@grip/ledger/sqlite';

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  if (i >= 0 && args[i + 1]) return Number(args[i + 1]);
  // `npm run bench -- --events 1000` hands unknown flags over as npm_config_<name>.
  const fromNpm = process.env[`npm_config_${name.slice(2)}`];
  return fromNpm ? Number(fromNpm) : fallback;
}

function baseline(lines) {
  // The trivial fold: events per type and the last revision per stream.
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

async function storeReadBaseline(store) {
  // For context: what the SQLite adapter's readAll alone costs, with the same trivial fold.
  const started = performance.now();
  const lastRevision = new Map();
  for await (const e of store.readAll({ batchSize: 5000 })) lastRevision.set(e.streamId, e.revision);
  return { millis: performance.now() - started };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n, ms) => Math.round((n / ms) * 1000);

async function rebuildWith(dir, name, options) {
  const db = openReadModelDb(join(dir, `${name}.sqlite`));
  const runner = createProjectionRunner({ db, ...options });
  const report = await runner.rebuild();
  return { runner, db, report };
}

export async function runProjectionBench(args = []) {
  const target = argValue(args, '--events', 1_000_000);
  const workers = argValue(args, '--workers', Math.max(2, availableParallelism()));
  const dir = mkdtempSync(join(tmpdir(), 'grip-bench-'));
  // --store-file keeps the SQLite event store between runs (loading a million events takes a while).
  const storeFile = args.includes('--store-file') ? args[args.indexOf('--store-file') + 1] : (process.env.npm_config_store_file ?? null);
  try {
    let t = performance.now();
    const { lines, programmes } = generate({ events: target });
    console.log(`generated ${lines.length} events: 342 municipalities, ${programmes.length} programmes (${Math.round(performance.now() - t)} ms)`);
    t = performance.now();
    const path = storeFile ?? join(dir, 'events.sqlite');
    const reuse = storeFile !== null && existsSync(storeFile);
    const store = reuse ? openSqliteEventStore({ path }) : await loadIntoSqlite(lines, path);
    console.log(`${reuse ? 'reusing' : 'written to'} a SQLite event store through the ledger's adapter (${Math.round(performance.now() - t)} ms)`);

    baseline(lines.slice(0, Math.min(lines.length, 50_000))); // warm-up, so neither side pays the JIT alone
    const base = baseline(lines);
    const show = (label, millis) => console.log(`${label.padEnd(52)} ${rate(lines.length, millis)} events/s, ratio to baseline ${(base.millis / millis).toFixed(2)}`);
    show('baseline (JSON.parse + trivial fold)', base.millis);

    const fromLines = await rebuildWith(dir, 'lines', { store: createLineStore(lines) });
    show('full rebuild from the serialized events, 1 thread', fromLines.report.millis);
    const storeRead = await storeReadBaseline(store);
    show('SQLite store readAll + trivial fold (context)', storeRead.millis);
    const sequential = await rebuildWith(dir, 'sequential', { store });
    show('full rebuild from the SQLite store, 1 thread', sequential.report.millis);
    const recipe = { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } };
    const parallel = await rebuildWith(dir, 'parallel', { store, parallel: { workers, store: recipe } });
    show(`full rebuild from the SQLite store, ${workers} workers`, parallel.report.millis);
    const sameModels = sequential.runner.contentHash() === parallel.runner.contentHash();
    fromLines.db.close();

    const queries = createProjectionQueries(store);
    const { programmeId } = programmes[0];
    const midway = JSON.parse(lines[Math.floor(lines.length / 2)]).metadata.recordedAt;
    const latencies = [];
    let slices;
    for (let i = 0; i < 7; i++) {
      t = performance.now();
      slices = await queries.yearSlices(programmeId, { at: midway });
      latencies.push(performance.now() - t);
    }
    const figures = (r) => ({ millis: Math.round(r.millis), eventsPerSecond: rate(r.events, r.millis), ratio: Number((base.millis / r.millis).toFixed(2)) });
    const result = {
      events: lines.length,
      cpus: availableParallelism(),
      baseline: { millis: Math.round(base.millis), eventsPerSecond: rate(lines.length, base.millis) },
      sqliteReadOnly: { millis: Math.round(storeRead.millis), eventsPerSecond: rate(lines.length, storeRead.millis), ratio: Number((base.millis / storeRead.millis).toFixed(2)) },
      rebuildFromSerialized: figures(fromLines.report),
      rebuildSequential: figures(sequential.report),
      rebuildParallel: { workers, ...figures(parallel.report) },
      sameReadModels: sameModels,
      asOfQuery: { programmeId, at: midway, medianMillis: Number(median(latencies).toFixed(2)), planned: slices.map((s) => s.planned) },
    };
    console.log(`same read models (content hash): ${sameModels}`);
    console.log(`as-of query (year slices of ${programmeId} at ${midway}): median ${result.asOfQuery.medianMillis} ms`);
    console.log(JSON.stringify(result));
    sequential.db.close();
    parallel.db.close();
    await store.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
