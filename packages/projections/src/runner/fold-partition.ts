import { UnreadableEventError, type EventStore, type Position, type RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError } from '../core/correction.js';
import { readEvent } from '../core/read-event.js';
import { foldStream } from '../state/fold.js';
import { programmeModel } from '../state/programme-model.js';
import type { FoldedStream } from './engine.js';
import { streamRows } from './write-views.js';

export type WorkerFailure =
  | { readonly kind: 'unreadable'; readonly position: string; readonly stored: UnreadableEventError['stored']; readonly reason: UnreadableEventError['reason'] }
  | { readonly kind: 'correction'; readonly position: string; readonly correctionEventId: string; readonly correctedEventId: string; readonly message: string }
  | { readonly kind: 'other'; readonly position: string | null; readonly message: string };

export type WorkerResult = { readonly ok: true; readonly folded: FoldedStream[]; readonly applied: string[] } | { readonly ok: false; readonly failure: WorkerFailure };

/**
 * One partition of a parallel rebuild (in a worker thread, or in the main thread for the first one):
 * reads its streams (up to the head position), validates and folds
 * each with the pure fold (equal to the runner's incremental fold: property-tested), computes the rows
 * to write (state JSON, programme views) and hands them back with the programme models, municipality
 * states and applied event ids. The main thread writes them and the fiscal balances in one commit.
 */
export async function foldPartition(store: EventStore, streamIds: readonly string[], head: Position): Promise<WorkerResult> {
  let position: string | null = null;
  try {
    const folded: FoldedStream[] = [];
    const applied: string[] = [];
    for (const streamId of streamIds) {
      const events: RecordedEvent[] = [];
      for (const stored of await store.readStream(streamId)) {
        if (store.comparePositions(stored.position, head) > 0) break;
        position = stored.position;
        events.push(readEvent(stored));
      }
      position = events.at(-1)?.position ?? position;
      const state = foldStream(streamId, events);
      const model = state.kind === 'programme' ? programmeModel(state) : null;
      folded.push({ rows: streamRows(state, model), model, state: state.kind === 'programme' ? null : state });
      for (const e of events) applied.push(e.metadata.eventId);
    }
    return { ok: true, folded, applied };
  } catch (error) {
    if (error instanceof UnreadableEventError) return { ok: false, failure: { kind: 'unreadable', position: position ?? '', stored: error.stored, reason: error.reason } };
    if (error instanceof InvalidCorrectionError) {
      return { ok: false, failure: { kind: 'correction', position: position ?? '', correctionEventId: error.correctionEventId, correctedEventId: error.correctedEventId, message: error.message } };
    }
    return { ok: false, failure: { kind: 'other', position, message: error instanceof Error ? error.message : String(error) } };
  }
}

