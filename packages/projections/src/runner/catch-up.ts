import type { EventStore, StoredEvent } from '@grip/ledger';
import type { Engine } from './engine.js';

/**
 * Applies the store's events after the engine's checkpoint, in commits of at most `batchSize`, up to
 * the head as the read finds it. Each commit is its own transaction and the loop awaits the store
 * between them, so a service catching up a second read-model file keeps answering meanwhile.
 * Returns the number of events applied.
 */
export async function catchUp(store: EventStore, engine: Engine, batchSize: number): Promise<number> {
  const after = engine.checkpoint()?.position;
  let batch: StoredEvent[] = [];
  let applied = 0;
  for await (const event of store.readAll(after === undefined ? {} : { after })) {
    batch.push(event);
    if (batch.length >= batchSize) {
      applied += batch.length;
      await engine.applyBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) {
    applied += batch.length;
    await engine.applyBatch(batch);
  }
  return applied;
}
