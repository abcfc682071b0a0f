import { Worker } from 'node:worker_threads';
import { UnreadableEventError, type EventStore, type Position } from '@grip/ledger';
import { InvalidCorrectionError } from '../core/correction.js';
import type { Engine, FoldedStream } from './engine.js';
import { foldPartition, isEarlier, type WorkerFailure, type WorkerResult } from './fold-partition.js';
import type { WorkerJob } from './rebuild-worker.js';
import type { StoreRecipe } from './store-recipe.js';
import { largestFirst, newQueueCounter, sharedStreamQueue } from './stream-queue.js';
import type { RebuildProgress } from './rebuild-types.js';

/** Merges the threads' sorted id lists: linear, where sorting a million ids again would take a second. */
export function mergeSorted(runs: ReadonlyArray<readonly string[]>): string[] {
  let merged: string[] = [];
  for (const run of runs) {
    const out = new Array<string>(merged.length + run.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < merged.length && j < run.length) out[k++] = merged[i]! <= run[j]! ? merged[i++]! : run[j++]!;
    while (i < merged.length) out[k++] = merged[i++]!;
    while (j < run.length) out[k++] = run[j++]!;
    merged = out;
  }
  return merged;
}

function runWorker(url: URL, job: WorkerJob): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    // A larger young generation: a rebuild makes millions of short-lived objects (rows, parsed JSON), and
    // with the default size the worker spent about twice as long in scavenges (CPU profile, 500k events).
    const worker = new Worker(url, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.once('message', (result: WorkerResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`rebuild worker exited with code ${code}`)));
  });
}

const toError = (f: WorkerFailure): Error =>
  f.kind === 'unreadable'
    ? new UnreadableEventError(f.stored, f.reason)
    : f.kind === 'correction'
      ? new InvalidCorrectionError(f.correctionEventId, f.correctedEventId, f.reason)
      : new Error(f.message);

/**
 * A rebuild stream by stream, spread over `workers` threads (the main thread and, given a recipe to open
 * the store with, workers - 1 worker threads; without one the main thread folds every stream):
 * a stream's state depends only on its own events in order, so streams fold independently; the fiscal
 * balances, which join streams, are computed in the single commit afterwards. Streams are handed out
 * from a shared queue, largest first. On failure the error of the earliest event (by position) is
 * raised, as a fold of the events in position order would have raised it.
 */
export async function rebuildStreams(
  store: EventStore,
  engine: Engine,
  plan: {
    readonly recipe: StoreRecipe | null;
    readonly workers: number;
    readonly head: Position;
    readonly snapshotEvery: number;
  },
  onProgress?: (progress: RebuildProgress) => void,
): Promise<number> {
  const { recipe, head, snapshotEvery } = plan;
  const streams: Array<{ streamId: string; lastRevision: number }> = [];
  for await (const s of store.listStreams()) streams.push(s);
  const streamIds = largestFirst(streams);
  const counter = newQueueCounter();
  const url = new URL('./rebuild-worker.js', import.meta.url);
  // The main thread folds too: it would otherwise sit idle while the worker threads load their modules.
  const threads = recipe
    ? Array.from({ length: plan.workers - 1 }, () =>
        runWorker(url, { recipe, streamIds, counter, head, snapshotEvery }),
      )
    : [];
  const queue = sharedStreamQueue(streamIds, counter);
  // The main thread takes streams until the end, so the streams handed out so far, seen from here, are the progress.
  const total = streamIds.length;
  const reporting = onProgress ? { next: () => (onProgress({ done: queue.taken(), total }), queue.next()) } : queue;
  const results = await Promise.all([foldPartition(store, reporting, head, snapshotEvery), ...threads]);
  const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
  if (failures.length > 0)
    throw toError(failures.reduce((earliest, f) => (isEarlier(store, f, earliest) ? f : earliest)));
  const folded: FoldedStream[] = results.flatMap((r) => (r.ok ? r.folded : []));
  const applied = mergeSorted(results.map((r) => (r.ok ? r.applied : [])));
  engine.commitFolded(folded, applied, head);
  onProgress?.({ done: total, total });
  return applied.length;
}
