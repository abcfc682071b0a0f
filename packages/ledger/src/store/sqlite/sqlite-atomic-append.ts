import type Database from 'better-sqlite3';
import type { AppendBatch } from '../port.js';
import type { AppendResult } from '../port.js';

type AppendOne = (streamId: string, events: AppendBatch['events'], expected: AppendBatch['expected']) => AppendResult;

/**
 * The atomic multi-stream append: every batch through the ordinary append, inside ONE transaction
 * started with BEGIN IMMEDIATE. Each inner append is itself a better-sqlite3 transaction, which nests
 * as a savepoint, so its own checks (expected revision, chaining, idempotency lookup after a rolled-back
 * UNIQUE violation) run unchanged; a failure in any batch propagates and rolls the outer transaction
 * back, so no batch of the call is stored.
 */
export function createSqliteAtomicAppend(db: Database.Database, appendOne: AppendOne) {
  const all = db.transaction((batches: readonly AppendBatch[]): AppendResult[] =>
    batches.map((batch) => appendOne(batch.streamId, batch.events, batch.expected)),
  );
  return (batches: readonly AppendBatch[]): AppendResult[] => {
    if (batches.length === 0) throw new TypeError('appendAtomically: no batches');
    return all.immediate(batches);
  };
}
