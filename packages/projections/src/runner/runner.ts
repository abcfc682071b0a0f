import type { EventStore, Position, StoredEvent, Subscription } from '@grip/ledger';
import { catchUp } from './catch-up.js';
import { contentHash } from './content-hash.js';
import { createEngine, type Faults } from './engine.js';
import {
  createMaintainedModels,
  type CommittedChanges,
  type MaintainedModels,
} from '../maintained/maintained-models.js';
import { DEFAULT_SNAPSHOT_EVERY } from '../snapshots/stream-clock.js';
import { createSnapshotSource, type SnapshotSource } from '../snapshots/snapshot-source.js';
import { createCommitPace } from './commit-pace.js';
import { rebuildStreams } from './rebuild.js';
import type { RebuildOptions, RebuildReport } from './rebuild-types.js';
import { createReadModels, type ReadModels } from './read-models.js';
import { openReadModelDb, READ_MODEL_TABLES, type ReadModelDb } from './schema.js';
import type { StoreRecipe } from './store-recipe.js';

export type RunnerOptions = {
  readonly store: EventStore;
  /** A better-sqlite3 database or a file path for the read models (separate from the event store). */
  readonly db?: ReadModelDb | string;
  /** Most events committed in one transaction while catching up (default 500). */
  readonly batchSize?: number;
  readonly faults?: Faults;
  /** Lets rebuild() fold streams in worker threads that open the same store themselves. */
  readonly parallel?: { readonly workers: number; readonly store: StoreRecipe };
  /** Told when the read-model file failed its integrity check at open and was moved aside to be rebuilt. */
  readonly onCorrupt?: (movedTo: string, reason: string) => void;
  /** A snapshot of a stream's folded state every this many of its events, for as-of queries (default 250). */
  readonly snapshotEvery?: number;
  /**
   * While events keep arriving, at most one commit per this many milliseconds (default 0: commit as soon
   * as the event loop comes round). Each commit recomputes the views of every stream it touches, so under
   * steady writes a longer interval folds many events of a stream into one recomputation; a quiet runner
   * still commits the first event at once, and a reader waiting for a position (read-your-writes) or
   * idle() never waits for the interval. See docs/projection-runner.md, "Commit interval".
   */
  readonly commitIntervalMs?: number;
  /** Monotonic milliseconds for the commit interval (default performance.now); tests inject their own. */
  readonly monotonicNow?: () => number;
};

export type ProjectionRunner = {
  /** Subscribes from the checkpoint; resolves once caught up with the store and committed. */
  start(): Promise<void>;
  /** Waits until every event delivered so far is committed; rejects with the error that stopped the runner. */
  idle(): Promise<void>;
  stop(): Promise<void>;
  /** Drops every read model and checkpoint, then folds the whole store again in one commit. */
  rebuild(options?: RebuildOptions): Promise<RebuildReport & { readonly workers: number }>;
  checkpoint(): { position: Position; events: number } | null;
  contentHash(): string;
  /**
   * Switches to another read-model database (a file rebuilt beside this one): catches it up with the
   * store while this runner keeps committing to the current one, then, between two commits, stops,
   * catches up the last events, hands the maintained models and snapshots to the new database and
   * resumes from its checkpoint. Resolves with the database it left (the caller closes and removes
   * it). If catching up fails, nothing is switched and the error is raised.
   */
  adopt(next: ReadModelDb): Promise<ReadModelDb>;
  /** The error that stopped the runner, if any (an unreadable event, a failed commit). */
  readonly failure: Error | null;
  readonly readModels: ReadModels;
  /** The latest committed models in memory, for queries without asOf (and read-your-writes waits). */
  readonly models: MaintainedModels;
  /** The stored snapshots, for as-of queries that fold only the events after one. */
  readonly snapshots: SnapshotSource;
  readonly db: ReadModelDb;
};

/**
 * Async projections fed by the store's subscription. Events are queued and committed in batches; each
 * commit writes the read models, the applied event ids and the checkpoint in one SQLite transaction,
 * so after a crash the runner resumes exactly after the last committed event. An unreadable event
 * stops the runner with an error naming it; it is never skipped.
 */
export function createProjectionRunner(options: RunnerOptions): ProjectionRunner {
  let db =
    typeof options.db === 'object'
      ? options.db
      : openReadModelDb(options.db, options.onCorrupt ? { onCorrupt: options.onCorrupt } : {});
  const batchSize = options.batchSize ?? 500;
  const models = createMaintainedModels(db, (a, b) => options.store.comparePositions(a, b), {
    onWait: () => hurry(),
  });
  const onCommit = (changes: CommittedChanges) => models.committed(changes);
  const snapshotEvery = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
  const engineOn = (on: ReadModelDb) =>
    createEngine(options.store, on, { onCommit, snapshotEvery, ...(options.faults && { faults: options.faults }) });
  let engine = engineOn(db);
  let readModels = createReadModels(db);
  const snapshots = createSnapshotSource(db);
  let queue: StoredEvent[] = [];
  let subscription: Subscription | null = null;
  let chain: Promise<void> = Promise.resolve();
  let failure: Error | null = null;

  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    models.failed(failure);
    queue = [];
    // Stopped for good until start() is called again, which resumes from the committed checkpoint.
    const s = subscription;
    subscription = null;
    void s?.close();
  };
  // One commit for everything queued: events that arrive while a commit runs wait for the next one, so
  // under load the runner commits many events per transaction instead of one each. With a commit interval,
  // a commit that follows the last one too closely is put off until the interval has passed.
  const pace = createCommitPace(options.commitIntervalMs ?? 0, options.monotonicNow);
  const scheduleFlush = () => pace.schedule(() => void flush().catch(() => undefined));
  /** Commits what is queued now instead of at the end of the interval (a reader is waiting, or stopping). */
  const hurry = () => {
    if (pace.cancel()) void flush().catch(() => undefined);
  };
  const flush = (): Promise<void> => {
    pace.cancel();
    chain = chain.then(async () => {
      while (queue.length > 0 && failure === null) {
        const batch = queue.splice(0, batchSize);
        await engine.applyBatch(batch).catch(fail);
        pace.committed();
      }
    });
    return chain.then(() => {
      if (failure) throw failure;
    });
  };

  const runner: ProjectionRunner = {
    get db() {
      return db;
    },
    get failure() {
      return failure;
    },
    get readModels() {
      return readModels;
    },
    models,
    snapshots,
    async start() {
      if (subscription) return;
      failure = null;
      const after = engine.checkpoint()?.position;
      subscription = options.store.subscribe(
        async (event) => {
          if (failure) throw failure;
          queue.push(event);
          if (queue.length >= batchSize) await flush();
          else scheduleFlush();
        },
        after === undefined ? {} : { after },
      );
      subscription.done.catch(fail);
      await Promise.race([subscription.caughtUp, subscription.done]);
      await flush();
    },
    idle: () => flush(),
    async stop() {
      hurry();
      const s = subscription;
      subscription = null;
      await s?.close();
      await chain.catch(() => undefined);
    },
    async rebuild(rebuildOptions = {}) {
      await runner.stop();
      const started = performance.now();
      const head = await options.store.headPosition();
      db.transaction(() => READ_MODEL_TABLES.forEach((t) => db.prepare(`DELETE FROM ${t}`).run()))();
      engine.reset();
      // Without the test hooks: a rebuild's single commit is not what the crash tests aim at.
      const fresh = createEngine(options.store, db, { onCommit, snapshotEvery });
      const workers = options.parallel && options.parallel.workers > 1 ? options.parallel.workers : 1;
      let events = 0;
      // Stream by stream with the pure fold, in this thread alone when no worker threads are asked for: a
      // correction then never reads its stream again (the incremental path may refold it from the store).
      const recipe = options.parallel && workers > 1 ? options.parallel.store : null;
      if (head !== null)
        events = await rebuildStreams(
          options.store,
          fresh,
          { recipe, workers, head, snapshotEvery },
          rebuildOptions.onProgress,
        );
      return { events, millis: performance.now() - started, head, workers };
    },
    async adopt(next) {
      if (failure) throw failure;
      // Without onCommit: the maintained models keep following the current file until the handover.
      const staging = createEngine(options.store, next, { snapshotEvery });
      // Rounds while the current file keeps serving; each finds fewer new events than the last.
      for (let round = 0; round < 5; round++) if ((await catchUp(options.store, staging, batchSize)) < batchSize) break;
      const wasRunning = subscription !== null;
      await runner.stop();
      // Delivered but not committed: the new file has them (or gets them below); the old one never will.
      queue = [];
      await catchUp(options.store, staging, batchSize);
      const left = db;
      db = next;
      engine = engineOn(next);
      readModels = createReadModels(next);
      // Its checkpoint is the store's head as just read, so at or after the old one: a reader waiting for
      // a position (read-your-writes) never sees the models go back.
      models.reopen(next);
      snapshots.reopen(next);
      if (wasRunning) await runner.start();
      return left;
    },
    checkpoint: () => engine.checkpoint(),
    contentHash: () => contentHash(db),
  };
  return runner;
}
