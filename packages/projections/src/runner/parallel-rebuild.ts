import { Worker } from 'node:worker_threads';
import { UnreadableEventError, type EventStore, type Position } from '@grip/ledger';
import { InvalidCorrectionError } from '../core/correction.js';
import type { Engine, FoldedStream } from './engine.js';
import { foldPartition, type WorkerFailure, type WorkerResult } from './fold-partition.js';
import type { WorkerJob } from './rebuild-worker.js';
import type { StoreRecipe } from './store-recipe.js';

/** Splits streams over workers by size (largest first onto the least-loaded worker). */
export function partition(streams: ReadonlyArray<{ streamId: string; lastRevision: number }>, workers: number): string[][] {
  const parts = Array.from({ length: workers }, () => ({ load: 0, ids: [] as string[] }));
  for (const s of [...streams].sort((a, b) => b.lastRevision - a.lastRevision || (a.streamId < b.streamId ? -1 : 1))) {
    const target = parts.reduce((min, p) => (p.load < min.load ? p : min));
    target.ids.push(s.streamId);
    target.load += s.lastRevision + 1;
  }
  return parts.map((p) => p.ids).filter((ids) => ids.length > 0);
}

function runWorker(url: URL, job: WorkerJob): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    worker.once('message', (result: WorkerResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`rebuild worker exited with code ${code}`)));
  });
}

const toError = (f: WorkerFailure): Error =>
  f.kind === 'unreadable' ? new UnreadableEventError(f.stored, f.reason)
  : f.kind === 'correction' ? new InvalidCorrectionError(f.correctionEventId, f.correctedEventId, f.message.replace(/^.*cannot be applied: /, ''))
  : new Error(f.message);

/**
 * A rebuild partitioned by stream over `workers` threads (the main thread and workers - 1 worker
 * threads): a stream's state depends only on its own events
 * in order, so streams fold independently; the fiscal balances, which join streams, are computed in the
 * single commit afterwards. On failure the error of the earliest event (by position) is raised, as the
 * sequential rebuild would have raised it.
 */
export async function parallelRebuild(store: EventStore, engine: Engine, recipe: StoreRecipe, workers: number, head: Position): Promise<number> {
  const streams: Array<{ streamId: string; lastRevision: number }> = [];
  for await (const s of store.listStreams()) streams.push(s);
  const url = new URL('./rebuild-worker.js', import.meta.url);
  // The main thread folds the first partition itself: it would otherwise sit idle, and meanwhile the
  // worker threads load their modules (hundreds of milliseconds each) and fold the others.
  const [own = [], ...others] = partition(streams, workers);
  const threads = others.map((streamIds) => runWorker(url, { recipe, streamIds, head }));
  const results = await Promise.all([foldPartition(store, own, head), ...threads]);
  const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
  if (failures.length > 0) {
    failures.sort((a, b) => (a.position && b.position ? store.comparePositions(a.position as Position, b.position as Position) : 0));
    throw toError(failures[0]!);
  }
  // concat, not push(...): a worker hands back hundreds of thousands of ids.
  const folded: FoldedStream[] = results.flatMap((r) => (r.ok ? r.folded : []));
  const applied: string[] = ([] as string[]).concat(...results.map((r) => (r.ok ? r.applied : [])));
  engine.commitFolded(folded, applied, head);
  return applied.length;
}
