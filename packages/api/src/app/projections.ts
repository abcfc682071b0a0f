import { createProjectionRunner, openReadModelDb, type ProjectionRunner } from '@grip/projections';
import type { Grip } from './open-grip.js';
import { markOwner, removeStaleReadModels } from './read-model-files/owner.js';
import { currentReadModel, removeReadModel, type ReadModelFile } from './read-model-files/read-model-files.js';
import { watchPointer } from './read-model-files/watch-pointer.js';

/** Counting stops here: a lag this large is already an alarm, and counting further costs reads. */
const LAG_COUNT_LIMIT = 100_000;

export type RunningProjections = {
  readonly runner: ProjectionRunner;
  /** Events in the store after the runner's checkpoint (capped at LAG_COUNT_LIMIT). */
  lag: () => Promise<number>;
  /** The name of the read-model file the service answers from; it changes when a rebuild is swapped in. */
  file: () => string;
  stop(): Promise<void>;
};

/** What happens to the read-model files, for the service's log. */
export type ProjectionEvents = {
  /** The file failed its integrity check at open and was moved aside to be rebuilt. */
  readonly onCorrupt?: (movedTo: string, reason: string) => void;
  /** Files of earlier generations or of rebuilds that were cut short, removed at start. */
  readonly onRemoved?: (files: readonly string[]) => void;
  readonly onSwapped?: (swap: { from: string; to: string; millis: number }) => void;
  /** A rebuilt file could not be caught up; the service keeps answering from the one it had. */
  readonly onSwapFailed?: (file: string, error: Error) => void;
};

/**
 * Starts the projections runner on the data folder's current read-model file (see
 * read-model-files/read-model-files.ts). Its maintained models answer the API's queries for the latest
 * state; as-of queries start from the snapshots in the same file. When `grip rebuild` points the folder
 * at a new file, the runner catches that file up with the store while the current one keeps serving,
 * switches between two commits, and the old file is removed: see docs/reads.md, "Rebuild without
 * downtime". Its lag is exported as a metric.
 */
export async function startProjections(grip: Grip, events: ProjectionEvents = {}): Promise<RunningProjections> {
  const { dataDir } = grip.config;
  let current: ReadModelFile = currentReadModel(dataDir);
  // A read-model file that fails its integrity check is moved aside and rebuilt, never served.
  const open = (path: string) => openReadModelDb(path, events.onCorrupt ? { onCorrupt: events.onCorrupt } : {});
  const runner = createProjectionRunner({
    store: grip.store,
    db: open(current.path),
    commitIntervalMs: grip.config.projectionCommitIntervalMs,
  });
  // While this service has it open, no rebuild's clean-up removes it (see owner.ts).
  let release = markOwner(current.path);
  const removed = removeStaleReadModels(dataDir, [current.file]);
  if (removed.length > 0) events.onRemoved?.(removed);
  await runner.start();

  let refused: string | null = null; // a file that failed once is not retried until the pointer moves again
  const swapIfMoved = async () => {
    const next = currentReadModel(dataDir);
    if (next.file === current.file || next.file === refused) return;
    const started = performance.now();
    let left;
    let releaseNext = () => undefined as void;
    try {
      releaseNext = markOwner(next.path);
      const db = open(next.path);
      left = await runner.adopt(db).catch((error: unknown) => {
        db.close();
        throw error;
      });
    } catch (error) {
      releaseNext();
      refused = next.file;
      events.onSwapFailed?.(next.file, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const from = current;
    current = next;
    // Nothing reads the old database any more: the models and snapshots read through the runner's.
    left.close();
    release = releaseNext;
    removeReadModel(from.path); // with its marker
    events.onSwapped?.({ from: from.file, to: next.file, millis: performance.now() - started });
  };
  // One swap at a time; a change noticed during one is looked at when it is done.
  let swapping: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const check = () => {
    if (stopped) return;
    if (swapping) {
      again = true;
      return;
    }
    const failed = (error: unknown) =>
      events.onSwapFailed?.(current.file, error instanceof Error ? error : new Error(String(error)));
    swapping = swapIfMoved()
      .catch(failed)
      .finally(() => {
        swapping = null;
        if (again) {
          again = false;
          check();
        }
      });
  };
  const unwatch = watchPointer(dataDir, check);
  check(); // a rebuild that pointed elsewhere while this service was starting

  return {
    runner,
    lag: async () => {
      if (runner.failure) return -1;
      const after = runner.checkpoint()?.position;
      let count = 0;
      for await (const _event of grip.store.readAll(after === undefined ? {} : { after })) {
        if (++count >= LAG_COUNT_LIMIT) break;
      }
      return count;
    },
    file: () => current.file,
    async stop() {
      stopped = true;
      unwatch();
      await swapping;
      await runner.stop();
      runner.db.close();
      release();
    },
  };
}
