import { existsSync } from 'node:fs';
import {
  createMaintainedModels,
  createProjectionQueries,
  createSnapshotSource,
  openReadModelDb,
  type ProjectionQueries,
} from '@grip/projections';
import type { Grip } from '../../app/open-grip.js';
import { currentReadModel } from '../../app/read-model-files/read-model-files.js';

export type ReportQueries = {
  readonly queries: ProjectionQueries;
  /** Where the latest state comes from, for --verbose. */
  readonly source: string;
  close(): void;
};

/**
 * A report reads its own writes: the read models (kept by the service's runner) answer only when their
 * checkpoint is the store's head, so every event written so far, by this CLI too, is in them. Otherwise,
 * or when there is no read-model file, the report folds the events from the store. The file is opened
 * read-only: the runner that maintains it is the only writer.
 */
export async function openReportQueries(grip: Grip): Promise<ReportQueries> {
  const fromEvents = (why: string): ReportQueries => ({
    queries: createProjectionQueries(grip.store),
    source: `folded from the events (${why})`,
    close: () => undefined,
  });
  // The file the folder points at (a rebuild may have swapped in another; see read-model-files.ts).
  const { path } = currentReadModel(grip.config.dataDir);
  if (!existsSync(path)) return fromEvents('no read models');
  let db;
  try {
    db = openReadModelDb(path, { readonly: true });
  } catch {
    return fromEvents('the read models cannot be opened');
  }
  const opened = db;
  try {
    const models = createMaintainedModels(opened, (a, b) => grip.store.comparePositions(a, b));
    const head = await grip.store.headPosition();
    const at = models.position();
    if (head === null || at === null || grip.store.comparePositions(at, head) !== 0) {
      opened.close();
      return fromEvents(`the read models are at ${at ?? 'the start'}, the store at ${head ?? 'the start'}`);
    }
    return {
      queries: createProjectionQueries(grip.store, { latest: models, snapshots: createSnapshotSource(opened) }),
      source: `from the read models at position ${at}`,
      close: () => opened.close(),
    };
  } catch {
    opened.close();
    return fromEvents('the read models cannot be read');
  }
}
