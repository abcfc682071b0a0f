import type { MaintainedModels, SnapshotSource } from '@grip/projections';

/** What the HTTP layer reads the latest state from: the runner's maintained models. */
export type ReadSide = {
  readonly models: MaintainedModels;
  /** The runner's snapshots: as-of queries fold only the events after the nearest one. */
  readonly snapshots?: SnapshotSource;
  /** How long a query waits for the read models to reach the asked position before answering 503. */
  readonly waitMs: number;
};
