import type { EventStore, Position, RecordedEvent } from '@grip/ledger';
import { readEvent } from '../core/read-event.js';
import type { Cutoff, CutoffBound } from '../core/cutoff.js';
import type { StreamState } from '../state/facts.js';
import { emptyState } from '../state/fold.js';
import type { SnapshotMark, SnapshotSource } from './snapshot-source.js';

/**
 * The events one or more cut-offs of a stream need, starting from a snapshot: folding `base` with the
 * events of `events` that a cut-off keeps gives the state that folding the whole stream with that cut-off
 * gives. `base` holds every event up to `baseRevision`, and each cut-off keeps all of those.
 */
export type StreamWindow = {
  readonly streamId: string;
  readonly base: StreamState;
  readonly baseRevision: number;
  /** Ascending by revision; only events after baseRevision. */
  readonly events: readonly RecordedEvent[];
  /** Per cut-off asked, in order: the revision of the snapshot it may start from itself (-1: the start). */
  readonly starts: readonly number[];
};

type Span = { start: number; end: number; backdated: number[]; tail: boolean };

const INFINITE = Number.POSITIVE_INFINITY;

/** A snapshot is a valid start when the cut-off keeps every event up to it. */
function keepsAll(mark: SnapshotMark, bound: CutoffBound, compare: (a: Position, b: Position) => number): boolean {
  return 'at' in bound ? mark.watermark <= bound.at : compare(mark.position, bound.position) <= 0;
}

/**
 * For one cut-off: start at the last snapshot it keeps entirely and read up to the next snapshot, which it
 * does not keep entirely (or to the end of the stream). By position nothing after that is kept: positions
 * grow with revisions. By time, the next snapshot's watermark is later than the cut-off, so some event up to
 * it was recorded later, and every event after that one that is not back-dated was recorded later still:
 * only the back-dated events after it (listed by the runner), and the events the runner has not classified
 * yet (after `covered`), can still be kept.
 */
function spanOf(cutoff: Cutoff, marks: ReturnType<SnapshotSource['marks']>, store: EventStore): Span {
  const bound = cutoff.bound;
  if (!bound) return { start: -1, end: INFINITE, backdated: [], tail: false };
  let i = -1;
  while (
    i + 1 < marks.snapshots.length &&
    keepsAll(marks.snapshots[i + 1]!, bound, (a, b) => store.comparePositions(a, b))
  )
    i++;
  const start = i >= 0 ? marks.snapshots[i]!.revision : -1;
  const next = marks.snapshots[i + 1];
  if (!next) return { start, end: INFINITE, backdated: [], tail: false };
  if (!('at' in bound)) return { start, end: next.revision, backdated: [], tail: false };
  const backdated = marks.backdated.filter(([r, t]) => r > next.revision && t <= bound.at).map(([r]) => r);
  return { start, end: next.revision, backdated, tail: true };
}

/** Reads the window of a stream for the given cut-offs (the snapshot and bookkeeping read before any await). */
export async function windowFor(
  store: EventStore,
  source: SnapshotSource,
  streamId: string,
  cutoffs: readonly Cutoff[],
): Promise<StreamWindow> {
  const marks = source.marks(streamId);
  const spans = cutoffs.map((c) => spanOf(c, marks, store));
  const baseRevision = Math.min(...spans.map((s) => s.start));
  const base = baseRevision >= 0 ? source.state(streamId, baseRevision) : emptyState(streamId);
  const end = Math.max(...spans.map((s) => s.end));

  const stored = new Map<number, RecordedEvent>();
  const put = (events: Awaited<ReturnType<EventStore['readStream']>>) => {
    for (const e of events)
      if (e.revision > baseRevision && !stored.has(e.revision)) stored.set(e.revision, readEvent(e));
  };
  put(
    await store.readStream(streamId, {
      fromRevision: baseRevision + 1,
      ...(end !== INFINITE && { toRevision: end }),
    }),
  );
  if (end !== INFINITE) {
    for (const r of new Set(spans.flatMap((s) => s.backdated)))
      if (r > end && r <= marks.covered) put(await store.readStream(streamId, { fromRevision: r, toRevision: r }));
    if (spans.some((s) => s.tail))
      put(await store.readStream(streamId, { fromRevision: Math.max(end, marks.covered) + 1 }));
  }
  const events = [...stored.values()].sort((a, b) => a.revision - b.revision);
  return { streamId, base, baseRevision, events, starts: spans.map((s) => s.start) };
}

/**
 * The same window narrowed to the i-th cut-off's own snapshot: a window read for several cut-offs (a diff)
 * folds each from the latest snapshot that cut-off keeps, not all from the earliest one.
 */
export function narrowTo(source: SnapshotSource, window: StreamWindow, i: number): StreamWindow {
  const start = window.starts[i]!;
  if (start <= window.baseRevision) return window;
  return {
    streamId: window.streamId,
    base: source.state(window.streamId, start),
    baseRevision: start,
    events: window.events.filter((e) => e.revision > start),
    starts: [start],
  };
}
