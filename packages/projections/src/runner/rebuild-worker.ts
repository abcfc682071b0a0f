import { parentPort, workerData } from 'node:worker_threads';
import type { Position } from '@grip/ledger';
import { foldPartition, type WorkerResult } from './fold-partition.js';
import { openFromRecipe, type StoreRecipe } from './store-recipe.js';
import { sharedStreamQueue } from './stream-queue.js';

export type { WorkerFailure, WorkerResult } from './fold-partition.js';

/** All streams of the rebuild and the shared counter that hands them out (see stream-queue.ts). */
export type WorkerJob = {
  readonly recipe: StoreRecipe;
  readonly streamIds: readonly string[];
  readonly counter: SharedArrayBuffer;
  readonly head: Position;
  readonly snapshotEvery: number;
};

/** A worker thread of a parallel rebuild: opens its own connection to the store and folds streams from the queue. */
async function run(job: WorkerJob): Promise<WorkerResult> {
  const store = await openFromRecipe(job.recipe);
  try {
    return await foldPartition(store, sharedStreamQueue(job.streamIds, job.counter), job.head, job.snapshotEvery);
  } finally {
    await store.close();
  }
}

if (parentPort && workerData) {
  const port = parentPort;
  void run(workerData as WorkerJob).then((result) => port.postMessage(result));
}
