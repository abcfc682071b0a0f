import { municipalityStreamId, type EventStore, type Position, type StoredEvent } from '@grip/ledger';
import { readEvent } from '../core/read-event.js';
import { InvalidCorrectionError, replacementFor, targetNotEarlier } from '../core/correction.js';
import type { StreamState } from '../state/facts.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { municipalityModel } from '../state/municipality-model.js';
import { applyCorrection, applyEvent, emptyState, foldStream } from '../state/fold.js';
import type { ReadModelDb } from './schema.js';
import { createViewWriter, streamRows, type StreamRows } from './write-views.js';
import { stateJson } from '../state/state-json.js';
import { createClockWriter } from '../snapshots/clock-writer.js';
import { DEFAULT_SNAPSHOT_EVERY, recordClock, type StreamClock } from '../snapshots/stream-clock.js';
import type { CommittedChanges } from '../maintained/maintained-models.js';

/** Test hook: runs inside the commit transaction after the read models are written, before the checkpoint. */
export type Faults = { readonly beforeCheckpoint?: (position: Position) => void };

/** A stream folded in a worker: its rows, its programme model, and its state when it is a municipality. */
export type FoldedStream = {
  readonly rows: StreamRows;
  readonly model: ProgrammeModel | null;
  readonly state: StreamState | null;
  /** Its snapshots, back-dated events and watermark (see snapshots/stream-clock.ts). */
  readonly clock: StreamClock;
};

export type Engine = {
  /**
   * Folds a batch of delivered events and commits read models, applied ids and checkpoint in ONE
   * transaction. (A rebuild folds stream by stream instead and commits through commitFolded.)
   */
  applyBatch(events: readonly StoredEvent[]): Promise<number>;
  /**
   * Commits streams folded elsewhere (the parallel rebuild's workers: their rows, programme models and
   * municipality states) as one batch ending at `position`; `applied` must be sorted.
   */
  commitFolded(folded: readonly FoldedStream[], applied: readonly string[], position: Position): void;
  checkpoint(): { position: Position; events: number } | null;
  /** Forgets cached states (after a failed commit the cache may hold uncommitted changes). */
  reset(): void;
};

/** The model handed to the maintained models: computed now, because the cached state keeps changing. */
const maintainedMunicipality = (state: StreamState) => ({
  municipality: state.streamId.slice('municipality-'.length),
  model: municipalityModel(state),
  revision: state.lastRevision,
});

export type EngineOptions = {
  readonly faults?: Faults;
  /** Told what each commit changed, after its transaction (the maintained models follow it). */
  readonly onCommit?: (changes: CommittedChanges) => void;
  /** A snapshot of a stream's state every this many of its events (default DEFAULT_SNAPSHOT_EVERY). */
  readonly snapshotEvery?: number;
};

export function createEngine(store: EventStore, db: ReadModelDb, options: EngineOptions = {}): Engine {
  const cache = new Map<string, StreamState>();
  const writer = createViewWriter(db);
  const clockWriter = createClockWriter(db);
  const every = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
  /** Per stream: the snapshots and back-dated events of the batch being applied, and the watermark. */
  const clocks = new Map<string, StreamClock>();
  const clockOf = (streamId: string): StreamClock => {
    let clock = clocks.get(streamId);
    if (!clock)
      clocks.set(streamId, (clock = { snapshots: [], backdated: [], watermark: clockWriter.watermark(streamId) }));
    return clock;
  };
  const loadState = db.prepare<[string], { state: string }>('SELECT state FROM rm_stream WHERE stream_id = ?');
  const programmesOf = db.prepare<[string], { stream_id: string }>(
    "SELECT stream_id FROM rm_stream WHERE municipality = ? AND kind = 'programme'",
  );
  const isApplied = db.prepare<[string], { event_id: string }>('SELECT event_id FROM rm_applied WHERE event_id = ?');
  // One statement per 10,000 ids: a rebuild records a million ids, one run() each cost a second.
  const markApplied = db.prepare('INSERT INTO rm_applied (event_id) SELECT value FROM json_each(?)');
  const readCheckpoint = db.prepare<[], { position: string; events: number }>(
    'SELECT position, events FROM rm_checkpoint WHERE id = 1',
  );
  const writeCheckpoint = db.prepare('INSERT OR REPLACE INTO rm_checkpoint (id, position, events) VALUES (1, ?, ?)');

  const stateOf = (streamId: string): StreamState => {
    let state = cache.get(streamId);
    if (!state) {
      const row = loadState.get(streamId);
      state = row ? (JSON.parse(row.state) as StreamState) : emptyState(streamId);
      cache.set(streamId, state);
    }
    return state;
  };

  const refold = async (streamId: string, upToRevision: number): Promise<StreamState> =>
    foldStream(streamId, (await store.readStream(streamId, { toRevision: upToRevision })).map(readEvent));

  /** Applies one event; only a correction (it reads the store) returns a promise to wait for. */
  function applyOne(stored: StoredEvent, event: ReturnType<typeof readEvent>): Promise<void> | undefined {
    const state = stateOf(stored.streamId);
    if (event.type !== 'EntryCorrected') {
      applyEvent(state, event);
      return undefined;
    }
    return applyCorrectionOf(stored, event, state);
  }

  async function applyCorrectionOf(
    stored: StoredEvent,
    event: Extract<ReturnType<typeof readEvent>, { type: 'EntryCorrected' }>,
    state: StreamState,
  ): Promise<void> {
    const original = await store.findEvent(event.data.correctedEventId);
    if (!original || original.streamId !== stored.streamId || original.revision >= stored.revision) {
      throw new InvalidCorrectionError(event.metadata.eventId, event.data.correctedEventId, targetNotEarlier());
    }
    const replacement = replacementFor(event, readEvent(original));
    const corrected = { eventId: event.data.correctedEventId, revision: original.revision };
    if (applyCorrection(state, corrected, replacement, stored.revision) === 'refold') {
      cache.set(stored.streamId, await refold(stored.streamId, stored.revision));
    }
  }

  function commit(
    dirty: Iterable<string>,
    sortedApplied: readonly string[],
    position: Position,
    total: number,
    folded: readonly FoldedStream[] = [],
    replacedAll = false,
  ): void {
    const programmes: Array<CommittedChanges['programmes'][number]> = [];
    const municipalities: Array<CommittedChanges['municipalities'][number]> = [];
    const changed = (state: StreamState | null, rows: StreamRows, model: ProgrammeModel | null) => {
      if (rows.programme)
        programmes.push({ programmeKey: rows.programme.programmeKey, model, revision: rows.lastRevision });
      else if (state) municipalities.push(maintainedMunicipality(state));
    };
    const run = db.transaction(() => {
      const municipalities = new Set<string>();
      const models = new Map<string, ProgrammeModel | null>();
      for (const f of folded) {
        if (f.rows.kind === 'programme') models.set(f.rows.streamId, f.model);
        changed(f.state, f.rows, f.model);
        const municipality = writer.writeRows(f.rows);
        if (municipality) municipalities.add(municipality);
      }
      for (const streamId of dirty) {
        const state = stateOf(streamId);
        const model = state.kind === 'programme' ? programmeModel(state) : null;
        if (state.kind === 'programme') models.set(streamId, model);
        const rows = streamRows(state, model);
        changed(state, rows, model);
        const municipality = writer.writeRows(rows);
        if (municipality) municipalities.add(municipality);
      }
      for (const m of municipalities) {
        const streamId = municipalityStreamId(m);
        const muni = cache.has(streamId) || loadState.get(streamId) ? stateOf(streamId) : undefined;
        // Without a municipality stream there is no balance (writeBalance only clears it): no models to compute.
        const programmes = !muni
          ? []
          : programmesOf
              .all(m)
              .map((r) => (models.has(r.stream_id) ? models.get(r.stream_id)! : programmeModel(stateOf(r.stream_id))));
        writer.writeBalance(
          m,
          muni,
          programmes.filter((p): p is ProgrammeModel => p !== null),
        );
      }
      for (const f of folded) clockWriter.write(f.rows.streamId, f.clock);
      for (const streamId of dirty) clockWriter.write(streamId, clockOf(streamId));
      // `sortedApplied` is in key order: appending to the WITHOUT ROWID b-tree is much cheaper than inserting at random places.
      for (let i = 0; i < sortedApplied.length; i += 10_000)
        markApplied.run(JSON.stringify(sortedApplied.slice(i, i + 10_000)));
      options.faults?.beforeCheckpoint?.(position);
      writeCheckpoint.run(position, total);
    });
    try {
      run();
    } catch (error) {
      writer.settle(false);
      throw error;
    }
    writer.settle(true);
    // Written: the next batch starts with no pending snapshots (the watermarks stay).
    for (const clock of clocks.values()) {
      clock.snapshots.length = 0;
      clock.backdated.length = 0;
    }
    options.onCommit?.({
      position,
      programmes,
      municipalities,
      ...(replacedAll && { replacedAll }),
    });
  }

  return {
    checkpoint() {
      const row = readCheckpoint.get();
      return row ? { position: row.position as Position, events: row.events } : null;
    },
    reset: () => {
      cache.clear();
      clocks.clear();
      writer.forget();
    },
    commitFolded(folded, applied, position) {
      for (const f of folded) if (f.state) cache.set(f.state.streamId, f.state);
      try {
        commit([], applied, position, (this.checkpoint()?.events ?? 0) + applied.length, folded, true);
      } catch (error) {
        cache.clear();
        clocks.clear();
        throw error;
      }
    },
    async applyBatch(events) {
      const dirty = new Set<string>();
      const applied: string[] = [];
      const seen = new Set<string>();
      const before = this.checkpoint()?.events ?? 0;
      let last: StoredEvent | undefined;
      try {
        for (const stored of events) {
          last = stored;
          const eventId = (stored.metadata as { eventId?: unknown } | undefined)?.eventId;
          // Idempotent by event id: a redelivered event has no second effect.
          if (typeof eventId === 'string' && (seen.has(eventId) || isApplied.get(eventId))) continue;
          const event = readEvent(stored);
          const pending = applyOne(stored, event);
          if (pending) await pending;
          const record = { streamId: stored.streamId, revision: stored.revision, position: stored.position };
          recordClock(clockOf(stored.streamId), { ...record, recordedAt: event.metadata.recordedAt }, every, () =>
            stateJson(stateOf(stored.streamId)),
          );
          if (typeof eventId === 'string') {
            seen.add(eventId);
            applied.push(eventId);
          }
          dirty.add(stored.streamId);
        }
        if (last) commit(dirty, applied.sort(), last.position, before + applied.length);
        return applied.length;
      } catch (error) {
        cache.clear();
        clocks.clear();
        throw error;
      }
    },
  };
}
