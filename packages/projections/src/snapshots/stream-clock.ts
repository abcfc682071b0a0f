/**
 * What the as-of path needs to start from a snapshot instead of the first event, recorded as the runner
 * applies a stream's events in order:
 *
 * - a **snapshot** of the folded state every `every` events of the stream (after revision every-1,
 *   2*every-1, …), keyed by its revision and global position, with the stream's **watermark** there: the
 *   latest recordedAt of the events up to it;
 * - every **back-dated** event: one whose recordedAt is before the watermark when it was applied (an
 *   imported journal carrying historical transaction times).
 *
 * Why the watermark: an as-of by time T takes the events with recordedAt <= T, which is not a prefix of
 * the stream when events were back-dated. A snapshot whose watermark is <= T holds only events that T
 * takes, so it is a valid start; after it, the events that are not back-dated have non-decreasing
 * recordedAt, so once one is later than T, none after it is taken, except back-dated ones, which are
 * listed. See docs/reads.md.
 */
export type SnapshotRow = {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  /** Latest recordedAt (ms since the epoch) of the stream's events up to this revision. */
  readonly watermark: number;
  /** The folded state as stored (stateJson). */
  readonly state: string;
};

export type BackdatedRow = { readonly streamId: string; readonly revision: number; readonly recordedAt: number };

/** A stream's snapshot bookkeeping as it is after its last applied event. */
export type StreamClock = {
  readonly snapshots: SnapshotRow[];
  readonly backdated: BackdatedRow[];
  /** null before the stream's first event. */
  watermark: number | null;
};

export const DEFAULT_SNAPSHOT_EVERY = 250;

export type ClockEvent = {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly recordedAt: string;
};

/** Records one applied event (in stream order); `state` is asked for only when a snapshot is due. */
export function recordClock(clock: StreamClock, event: ClockEvent, every: number, state: () => string): void {
  const t = Date.parse(event.recordedAt);
  if (clock.watermark !== null && t < clock.watermark)
    clock.backdated.push({ streamId: event.streamId, revision: event.revision, recordedAt: t });
  else clock.watermark = t;
  if ((event.revision + 1) % every === 0) {
    clock.snapshots.push({
      streamId: event.streamId,
      revision: event.revision,
      position: event.position,
      watermark: clock.watermark,
      state: state(),
    });
  }
}
