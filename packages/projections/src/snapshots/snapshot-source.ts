import type { Position } from '@grip/ledger';
import type { Database as ReadModelDb } from 'better-sqlite3';
import type { StreamState } from '../state/facts.js';

export type SnapshotMark = { readonly revision: number; readonly position: Position; readonly watermark: number };

/** A stream's snapshot bookkeeping, read in one go so that no runner commit can fall in between. */
export type StreamMarks = {
  /** Ascending by revision. */
  readonly snapshots: readonly SnapshotMark[];
  /** The last revision the bookkeeping covers (the runner's): events after it are not yet classified. */
  readonly covered: number;
  /** Back-dated events (revision, recordedAt ms), ascending by revision. */
  readonly backdated: ReadonlyArray<readonly [number, number]>;
};

export type SnapshotSource = {
  marks(streamId: string): StreamMarks;
  state(streamId: string, revision: number): StreamState;
  /** Switches to another read-model database (a rebuilt file swapped in). */
  reopen(db: ReadModelDb): void;
};

/** Snapshots as the runner stored them with the read models. */
export function createSnapshotSource(initialDb: ReadModelDb): SnapshotSource {
  let db = initialDb;
  return {
    marks(streamId) {
      const read = db.transaction(() => ({
        snapshots: db
          .prepare('SELECT revision, position, watermark FROM rm_snapshot WHERE stream_id = ? ORDER BY revision')
          .all(streamId) as SnapshotMark[],
        covered:
          (
            db.prepare('SELECT last_revision FROM rm_stream WHERE stream_id = ?').get(streamId) as
              { last_revision: number } | undefined
          )?.last_revision ?? -1,
        backdated: (
          db
            .prepare('SELECT revision, recorded_at FROM rm_backdated WHERE stream_id = ? ORDER BY revision')
            .raw()
            .all(streamId) as Array<[number, number]>
        ).map(([r, t]) => [r, t] as const),
      }));
      return read();
    },
    state(streamId, revision) {
      const row = db
        .prepare('SELECT state FROM rm_snapshot WHERE stream_id = ? AND revision = ?')
        .get(streamId, revision) as { state: string } | undefined;
      if (!row) throw new Error(`no snapshot of ${streamId} at revision ${revision}`);
      return JSON.parse(row.state) as StreamState;
    },
    reopen(next) {
      db = next;
    },
  };
}
