import { UnreadableEventError, type EventStore, type Position, type RecordedEvent } from '@grip/ledger';
import { InvalidCorrectionError } from '../core/correction.js';
import { readEvent } from '../core/read-event.js';
import { programmeModel } from '../state/programme-model.js';
import type { FoldedStream } from './engine.js';
import type { StreamQueue } from './stream-queue.js';
import { streamRows } from './write-views.js';
import { foldWithSnapshots } from '../snapshots/fold-with-snapshots.js';

export type WorkerFailure =
  | {
      readonly kind: 'unreadable';
      readonly position: string;
      readonly stored: UnreadableEventError['stored'];
      readonly reason: UnreadableEventError['reason'];
    }
  | {
      readonly kind: 'correction';
      readonly position: string;
      readonly correctionEventId: string;
      readonly correctedEventId: string;
      readonly reason: InvalidCorrectionError['reason'];
    }
  | { readonly kind: 'other'; readonly position: string | null; readonly message: string };

export type WorkerResult =
  | { readonly ok: true; readonly folded: FoldedStream[]; readonly applied: string[] }
  | { readonly ok: false; readonly failure: WorkerFailure };

function failureOf(error: unknown, position: string | null): WorkerFailure {
  if (error instanceof UnreadableEventError)
    return { kind: 'unreadable', position: position ?? '', stored: error.stored, reason: error.reason };
  if (error instanceof InvalidCorrectionError) {
    return {
      kind: 'correction',
      position: position ?? '',
      correctionEventId: error.correctionEventId,
      correctedEventId: error.correctedEventId,
      reason: error.reason,
    };
  }
  return { kind: 'other', position, message: error instanceof Error ? error.message : String(error) };
}

/** Reads, validates and folds one stream up to the head position. */
async function foldOne(
  store: EventStore,
  streamId: string,
  head: Position,
  at: { position: string | null },
  snapshotEvery: number,
): Promise<{ folded: FoldedStream; events: RecordedEvent[] } | null> {
  const events: RecordedEvent[] = [];
  for (const stored of await store.readStream(streamId)) {
    if (store.comparePositions(stored.position, head) > 0) break;
    at.position = stored.position;
    events.push(readEvent(stored));
  }
  // A stream begun after the head is the incremental runner's to apply; a row now would be one it never writes.
  if (events.length === 0) return null;
  const { state, clock } = foldWithSnapshots(streamId, events, snapshotEvery);
  const model = state.kind === 'programme' ? programmeModel(state) : null;
  return {
    folded: { rows: streamRows(state, model), model, state: state.kind === 'programme' ? null : state, clock },
    events,
  };
}

/**
 * One thread's share of a parallel rebuild (a worker thread, or the main thread): takes streams from
 * the shared queue until it is empty; reads, validates and folds each with the pure fold (equal to the
 * runner's incremental fold: property-tested), computes the rows to write (state JSON, programme views)
 * and hands them back with the programme models, municipality states and applied event ids (sorted). The main
 * thread writes them and the fiscal balances in one commit.
 *
 * A failing stream does not stop the others: a fold of all events in position order stops at the failing event with the
 * lowest position, which is the earliest of the streams' first failures, so every stream is tried and
 * the earliest failure is returned.
 */
export async function foldPartition(
  store: EventStore,
  queue: StreamQueue,
  head: Position,
  snapshotEvery: number,
): Promise<WorkerResult> {
  const folded: FoldedStream[] = [];
  const applied: string[] = [];
  let earliest: WorkerFailure | null = null;
  for (let streamId = queue.next(); streamId !== undefined; streamId = queue.next()) {
    const at = { position: null as string | null };
    try {
      const one = await foldOne(store, streamId, head, at, snapshotEvery);
      if (!one) continue;
      folded.push(one.folded);
      for (const e of one.events) applied.push(e.metadata.eventId);
    } catch (error) {
      const failure = failureOf(error, at.position);
      if (!earliest || isEarlier(store, failure, earliest)) earliest = failure;
    }
  }
  if (earliest) return { ok: false, failure: earliest };
  // Sorted here, in parallel, for the commit (see mergeSorted).
  return { ok: true, folded, applied: applied.sort() };
}

export const isEarlier = (store: EventStore, a: WorkerFailure, b: WorkerFailure): boolean =>
  a.position !== null &&
  (b.position === null || store.comparePositions(a.position as Position, b.position as Position) < 0);
