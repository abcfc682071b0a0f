import { existsSync } from 'node:fs';
import { createProjectionRunner, type RebuildProgress, type StoreRecipe } from '@grip/projections';
import type { Grip } from '../../app/open-grip.js';
import { processesUsing } from '../../app/in-use-marker.js';
import { markOwner, ownedByAnother, removeStaleReadModels } from '../../app/read-model-files/owner.js';
import {
  currentReadModel,
  newReadModelFile,
  pointTo,
  removeReadModel,
} from '../../app/read-model-files/read-model-files.js';

export type RebuildOptions = {
  readonly parallel?: { readonly workers: number; readonly store: StoreRecipe };
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** How long to wait for a running service to switch to the new file and remove the old one. */
  readonly waitMs: number;
};

/**
 * - `removed`: no other process had the folder open; the old file is gone.
 * - `switched`: a running service took the new file over and removed the old one.
 * - `pending`: another process still has the folder open and has not switched within the wait (a
 *   service switches when it notices the pointer, or at its next start; either removes the old file).
 */
export type Handover = 'removed' | 'switched' | 'pending';

export type RebuildOutcome = {
  readonly events: number;
  readonly millis: number;
  readonly workers: number;
  readonly file: string;
  readonly previous: string;
  readonly handover: Handover;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `grip rebuild`: folds the whole store into a NEW read-model file, catches it up to the store's head,
 * checkpoints its WAL into it and closes it, and only then points the folder at it. The current file is
 * never written by this process, so a running service keeps answering from it throughout; the service
 * notices the pointer, catches the new file up with what was written meanwhile and switches (see
 * app/projections.ts). A rebuild that fails or is killed leaves the pointer as it was; its half-built
 * file is removed now (failure) or by the next start or rebuild (kill).
 */
export async function rebuildIntoNewFile(grip: Grip, options: RebuildOptions): Promise<RebuildOutcome> {
  const { dataDir } = grip.config;
  removeStaleReadModels(dataDir, []);
  const previous = currentReadModel(dataDir);
  const target = newReadModelFile(dataDir, grip.clock, grip.ids);
  const started = performance.now();
  const unmark = markOwner(target.path);
  let built: { events: number; millis: number; workers: number };
  try {
    const runner = createProjectionRunner({
      store: grip.store,
      db: target.path,
      ...(options.parallel && options.parallel.workers > 1 ? { parallel: options.parallel } : {}),
    });
    try {
      const report = await runner.rebuild(options.onProgress ? { onProgress: options.onProgress } : {});
      // Events written while the rebuild ran (a live service keeps writing): catch up to the head now.
      await runner.start();
      await runner.stop();
      built = { events: runner.checkpoint()?.events ?? 0, millis: 0, workers: report.workers };
      // Everything into the file itself, so that the file alone is the read models when it is handed over.
      runner.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      runner.db.close();
    }
  } catch (error) {
    removeReadModel(target.path);
    throw error;
  }
  pointTo(dataDir, target.file);
  unmark();
  const outcome = { ...built, millis: performance.now() - started, file: target.file, previous: previous.file };
  // A service marks the folder in use before it reads the pointer, and the file it opens as its own: with
  // neither marker now, no process has the old file open.
  if (!existsSync(previous.path) || (processesUsing(dataDir).length === 0 && !ownedByAnother(previous.path))) {
    removeReadModel(previous.path);
    return { ...outcome, handover: 'removed' };
  }
  for (let waited = 0; waited < options.waitMs; waited += 100) {
    if (!existsSync(previous.path)) return { ...outcome, handover: 'switched' };
    await pause(100);
  }
  return { ...outcome, handover: existsSync(previous.path) ? 'pending' : 'switched' };
}
