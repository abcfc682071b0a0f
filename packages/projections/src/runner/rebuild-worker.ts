import { parentPort, workerData } from 'node:worker_threads';
import { UnreadableEventError, type Position, type RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError } from '../core/correction.js';
import { readEvent } from '../core/read-event.js';
import { foldStream } from '../state/fold.js';
import type { StreamState } from '../state/facts.js';
import { openFromRecipe, type StoreRecipe } from './store-recipe.js';

export type WorkerJob = { readonly recipe: StoreRecipe; readonly streamIds: readonly string[]; readonly head: Position };

export type WorkerFailure =
  | { readonly kind: 'unreadable'; readonly position: string; readonly stored: UnreadableEventError['stored']; readonly reason: UnreadableEventError['reason'] }
  | { readonly kind: 'correction'; readonly position: string; readonly correctionEventId: string; readonly correctedEventId: string; readonly message: string }
  | { readonly kind: 'other'; readonly position: string | null; readonly message: string };

export type WorkerResult = { readonly ok: true; readonly states: StreamState[]; readonly applied: string[] } | { readonly ok: false; readonly failure: WorkerFailure };

/**
 * One partition of a parallel rebuild: reads its streams (up to the head position), validates and folds
 * each with the pure fold (equal to the runner's incremental fold: property-tested), and hands back the
 * states and applied event ids. The main thread writes them in one commit.
 */
async function run(job: WorkerJob): Promise<WorkerResult> {
  const store = await openFromRecipe(job.recipe);
  let position: string | null = null;
  try {
    const states: StreamState[] = [];
    const applied: string[] = [];
    for (const streamId of job.streamIds) {
      const events: RecordedEvent[] = [];
      for (const stored of await store.readStream(streamId)) {
        if (store.comparePositions(stored.position, job.head) > 0) break;
        position = stored.position;
        events.push(readEvent(stored));
      }
      position = events.at(-1)?.position ?? position;
      states.push(foldStream(streamId, events));
      for (const e of events) applied.push(e.metadata.eventId);
    }
    return { ok: true, states, applied };
  } catch (error) {
    if (error instanceof UnreadableEventError) return { ok: false, failure: { kind: 'unreadable', position: position ?? '', stored: error.stored, reason: error.reason } };
    if (error instanceof InvalidCorrectionError) {
      return { ok: false, failure: { kind: 'correction', position: position ?? '', correctionEventId: error.correctionEventId, correctedEventId: error.correctedEventId, message: error.message } };
    }
    return { ok: false, failure: { kind: 'other', position, message: error instanceof Error ? error.message : String(error) } };
  } finally {
    await store.close();
  }
}

if (parentPort && workerData) {
  const port = parentPort;
  void run(workerData as WorkerJob).then((result) => port.postMessage(result));
}
