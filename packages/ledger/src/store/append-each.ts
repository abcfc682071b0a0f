import type { NewEvent } from '../events/envelope.js';
import type { AppendResult, ExpectedRevision } from './port.js';

/** One append of a group: the same three arguments `EventStore.append` takes. */
export type AppendRequest = {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
};

/**
 * What became of one request of a group: its result, or what `append` would have thrown for it alone
 * (a StoreFailure such as CONCURRENCY_CONFLICT, or a TypeError for a malformed batch).
 */
export type AppendEachOutcome =
  { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly error: unknown };

/**
 * Runs the requests in order as if each were its own `append` (same checks, same idempotency, each one
 * seeing the requests before it), but commits them together: one transaction, one sync to disk. A
 * request that fails is undone alone and the others go on. A failure of the transaction itself (disk
 * full, I/O error) rejects the whole call and writes nothing. Group commit in the ledger uses it when the
 * store offers it; without it, the ledger appends one request after another.
 */
export type AppendEach = (requests: readonly AppendRequest[]) => Promise<AppendEachOutcome[]>;
