import { createProjectionRunner, type ProjectionRunner } from '@grip/projections';
import type { Grip } from './open-grip.js';

/** Counting stops here: a lag this large is already an alarm, and counting further costs reads. */
const LAG_COUNT_LIMIT = 100_000;

export type RunningProjections = {
  readonly runner: ProjectionRunner;
  /** Events in the store after the runner's checkpoint (capped at LAG_COUNT_LIMIT). */
  lag: () => Promise<number>;
  stop(): Promise<void>;
};

/**
 * Starts the projections runner on the read-model file next to the event store. Its maintained models
 * answer the API's queries for the latest state (a client that must see its own write passes the
 * write's position as Grip-Min-Position); as-of queries start from the snapshots in the same file. Its
 * lag is exported as a metric.
 */
export async function startProjections(
  grip: Grip,
  onCorrupt?: (movedTo: string, reason: string) => void,
): Promise<RunningProjections> {
  // A read-model file that fails its integrity check is moved aside and rebuilt, never served.
  const runner = createProjectionRunner({
    store: grip.store,
    db: grip.config.readModelPath,
    ...(onCorrupt && { onCorrupt }),
  });
  await runner.start();
  return {
    runner,
    lag: async () => {
      if (runner.failure) return -1;
      const after = runner.checkpoint()?.position;
      let count = 0;
      for await (const _event of grip.store.readAll(after === undefined ? {} : { after })) {
        if (++count >= LAG_COUNT_LIMIT) break;
      }
      return count;
    },
    async stop() {
      await runner.stop();
      runner.db.close();
    },
  };
}
