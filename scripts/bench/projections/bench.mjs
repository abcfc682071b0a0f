// Projection benchmark: full rebuild of every read model over a synthetic national data set, next to
// a baseline measured in the same run (JSON.parse of the same serialized events plus a trivial fold),
// and the latency of an as-of query on one programme. The events live in a SQLite event store file
// written through the ledger's adapter. Each rebuild runs --repeat times (default 3), each run paired
// with a baseline run just before it; the median pair's ratio is reported.
// Usage: node bench/run.mjs [--events N] [--workers N] [--repeat N] [--store-file path]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, createProjectionQueries, createProjectionRunner, openReadModelDb } from '@grip/projections';
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

// Keeps only the figures and the content hash: a runner holds every stream's state, and a later
// measurement should not pay the garbage collector for an earlier one's heap.
async function rebuildWith(dir, name, options) {
  const db = openReadModelDb(join(dir, `${name}.sqlite`));
  const report = await createProjectionRunner({ db, ...options }).rebuild();
  const hash = contentHash(db);
  db.close();
  return { millis: report.millis, hash };
}

export async function runProjectionBench(args = []) {
  const target = argValue(args, '--events', 1_000_000);
  const workers = argValue(args, '--workers', Math.max(2, availableParallelism()));
  const repeat = Math.max(1, argValue(args, '--repeat', 3));
  const dir = mkdtempSync(join(tmpdir(), 'grip-bench-'));
  // --store-file keeps the SQLite event store between runs (loading a million events takes a while).
  const storeFile = args.includes('--store-file')
    ? args[args.indexOf('--store-file') + 1]
    : (process.env.npm_config_store_file ?? null);
  try {
    let t = performance.now();
    const { lines, programmes } = generate({ events: target });
    console.log(
      `generated ${lines.length} events: 342 municipalities, ${programmes.length} programmes (${Math.round(performance.now() - t)} ms)`,
    );
    t = performance.now();
    const path = storeFile ?? join(dir, 'events.sqlite');
    const reuse = storeFile !== null && existsSync(storeFile);
    const store = reuse ? openSqliteEventStore({ path }) : await loadIntoSqlite(lines, path);
    console.log(
      `${reuse ? 'reusing' : 'written to'} a SQLite event store through the ledger's adapter (${Math.round(performance.now() - t)} ms)`,
    );

    // Warm-up over all events, discarded: the JIT, and the garbage of generating the data set, would
    // otherwise slow the first baseline alone and flatter the first pair's ratio (seen: 0.78 vs ~0.4).
    baseline(lines);
    // Each measured run is paired with a baseline run just before it, and the ratio is taken per pair:
    // on a shared machine the load moves by tens of percent within minutes, and a pair sees the same load.
    const paired = async (label, run) => {
      const pairs = [];
      let last;
      for (let i = 0; i < repeat; i++) {
        const base = baseline(lines);
        last = await run(i);
        pairs.push({ baseMillis: base.millis, millis: last.millis, ratio: base.millis / last.millis });
      }
      const mid = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)];
      const range = pairs.length > 1 ? ` (runs: ${pairs.map((p) => p.ratio.toFixed(2)).join(', ')})` : '';
      console.log(
        `${label.padEnd(52)} ${rate(lines.length, mid.millis)} events/s, baseline ${rate(lines.length, mid.baseMillis)} events/s, ratio ${mid.ratio.toFixed(2)}${range}`,
      );
      return { ...last, pair: mid, pairs };
    };

    const fromLines = await paired('full rebuild from the serialized events, 1 thread', (i) =>
      rebuildWith(dir, `lines-${i}`, { store: createLineStore(lines) }),
    );
    const storeRead = await paired('SQLite store readAll + trivial fold (context)', () => storeReadBaseline(store));
    const sequential = await paired('full rebuild from the SQLite store, 1 thread', (i) =>
      rebuildWith(dir, `sequential-${i}`, { store }),
    );
    const recipe = { module: '@grip/ledger/sqlite', factory: 'openSqliteEventStore', options: { path } };
    const parallel = await paired(`full rebuild from the SQLite store, ${workers} threads`, (i) =>
      rebuildWith(dir, `parallel-${i}`, { store, parallel: { workers, store: recipe } }),
    );
    // The serialized-events store numbers positions differently, so its checkpoint row (hashed too) differs.
    const sameModels = sequential.hash === parallel.hash;
    const best = Math.max(fromLines.pair.ratio, sequential.pair.ratio, parallel.pair.ratio);
    console.log(
      `target (a full rebuild at least 0.5 x the baseline): ${best >= 0.5 ? 'met' : 'NOT met'}, best median ratio ${best.toFixed(2)}`,
    );

    const queries = createProjectionQueries(store);
    const { programmeId, programmeKey } = programmes[0];
    const midway = JSON.parse(lines[Math.floor(lines.length / 2)]).metadata.recordedAt;
    const latencies = [];
    let slices;
    for (let i = 0; i < 7; i++) {
      t = performance.now();
      slices = await queries.yearSlices(programmeKey, { at: midway });
      latencies.push(performance.now() - t);
    }
    const figures = (r) => ({
      millis: Math.round(r.pair.millis),
      eventsPerSecond: rate(lines.length, r.pair.millis),
      baselineEventsPerSecond: rate(lines.length, r.pair.baseMillis),
      ratio: Number(r.pair.ratio.toFixed(2)),
      ratios: r.pairs.map((p) => Number(p.ratio.toFixed(2))),
    });
    const result = {
      events: lines.length,
      cpus: availableParallelism(),
      repeat,
      sqliteReadOnly: figures(storeRead),
      rebuildFromSerialized: figures(fromLines),
      rebuildSequential: figures(sequential),
      rebuildParallel: { workers, ...figures(parallel) },
      sameReadModels: sameModels,
      asOfQuery: {
        programmeId,
        at: midway,
        medianMillis: Number(median(latencies).toFixed(2)),
        planned: slices.map((s) => s.planned),
      },
    };
    console.log(`same read models (content hash) from both SQLite rebuilds: ${sameModels}`);
    console.log(`as-of query (year slices of ${programmeId} at ${midway}): median ${result.asOfQuery.medianMillis} ms`);
    console.log(JSON.stringify(result));
    await store.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
