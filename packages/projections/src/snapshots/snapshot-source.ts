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

/** Decoded snapshots kept: as-of queries near the same moment start from the same one. */
const DECODED_SNAPSHOTS = 8;

/**
 * Snapshots as the runner stored them with the read models. A snapshot row never changes once written
 * (a rebuild writes the same state, and a swapped-in file is a reopen, which forgets them), so the last
 * few decoded are kept: decoding a long stream's state costs more than folding its tail. Callers must not
 * change a state they get (foldWindow copies it).
 */
export function createSnapshotSource(initialDb: ReadModelDb): SnapshotSource {
  let db = initialDb;
  const decoded = new Map<string, StreamState>();
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
      const key = `${streamId}\n${revision}`;
      const held = decoded.get(key);
      if (held) {
        decoded.delete(key);
        decoded.set(key, held);
        return held;
      }
      const row = db
        .prepare('SELECT state FROM rm_snapshot WHERE stream_id = ? AND revision = ?')
        .get(streamId, revision) as { state: string } | undefined;
      if (!row) throw new Error(`no snapshot of ${streamId} at revision ${revision}`);
      const state = JSON.parse(row.state) as StreamState;
      decoded.set(key, state);
      if (decoded.size > DECODED_SNAPSHOTS) decoded.delete(decoded.keys().next().value!);
      return state;
    },
    reopen(next) {
      decoded.clear();
      db = next;
    },
  };
}
