import type { Database as ReadModelDb } from 'better-sqlite3';
import type { StreamClock } from './stream-clock.js';

export type ClockWriter = {
  /** Writes a stream's new snapshots and back-dated events and its watermark; inside the runner's commit. */
  write(streamId: string, clock: StreamClock): void;
  /** The watermark stored for a stream (null: no event applied yet). */
  watermark(streamId: string): number | null;
};

export function createClockWriter(db: ReadModelDb): ClockWriter {
  const insertSnapshot = db.prepare('INSERT OR REPLACE INTO rm_snapshot VALUES (?, ?, ?, ?, ?)');
  const insertBackdated = db.prepare('INSERT OR REPLACE INTO rm_backdated VALUES (?, ?, ?)');
  const upsertWatermark = db.prepare('INSERT OR REPLACE INTO rm_watermark VALUES (?, ?)');
  const readWatermark = db.prepare<[string], { watermark: number }>(
    'SELECT watermark FROM rm_watermark WHERE stream_id = ?',
  );
  return {
    write(streamId, clock) {
      for (const s of clock.snapshots) insertSnapshot.run(s.streamId, s.revision, s.position, s.watermark, s.state);
      for (const b of clock.backdated) insertBackdated.run(b.streamId, b.revision, b.recordedAt);
      if (clock.watermark !== null) upsertWatermark.run(streamId, clock.watermark);
    },
    watermark: (streamId) => readWatermark.get(streamId)?.watermark ?? null,
  };
}
