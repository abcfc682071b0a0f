import type { AppendBatch, AppendResult, EventStore } from './port.js';

// AppendBatch is defined in the port (appendEach takes it too), so that the port imports nothing back.
export type { AppendBatch } from './port.js';

/**
 * OPTIONAL capability of an event store: several appends, to several streams, written all or none.
 * The SQLite adapter has it (one transaction) and so does the in-memory one; EventStoreDB has no
 * transactions across streams, so its adapter does not, and callers must work without it (the journal
 * import then writes entry by entry, resumably).
 *
 * The batches run in order, each with exactly the rules of `append` (expected revision, chaining,
 * idempotency: a batch stored earlier is returned with `duplicate: true`). A later batch may name the
 * stream of an earlier one, with the revision the earlier one leaves as its expected revision. When
 * any batch fails, nothing of any batch is stored and the first failure is thrown.
 */
export interface AtomicAppend {
  appendAtomically(batches: readonly AppendBatch[]): Promise<AppendResult[]>;
}

/** True when the store can append several streams in one transaction. */
export const supportsAtomicAppend = (store: EventStore): store is EventStore & AtomicAppend =>
  typeof (store as Partial<AtomicAppend>).appendAtomically === 'function';
