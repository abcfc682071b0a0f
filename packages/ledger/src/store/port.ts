import type { NewEvent, Position, StoredEvent } from '../events/envelope.js';

/**
 * What an append expects of the stream: that it does not exist yet, that it exists, anything, or
 * that its last revision is exactly this number (0-based).
 */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | number;

export type AppendResult = {
  readonly streamId: string;
  /** Revision of the first and last event written (or found, for an idempotent retry). */
  readonly firstRevision: number;
  readonly lastRevision: number;
  /** Global position of the last event of the batch. */
  readonly position: Position;
  /** True when every event id was already stored as this same batch: nothing was written. */
  readonly duplicate: boolean;
};

export type ReadStreamOptions = { readonly fromRevision?: number; readonly toRevision?: number };

export type ReadAllOptions = {
  /** Start after this position (exclusive); from the beginning when absent. */
  readonly after?: Position;
  /** Stop at this position (inclusive): the "as known at position" view. */
  readonly upTo?: Position;
  /** Page size the adapter may use internally. */
  readonly batchSize?: number;
};

export type SubscriptionHandler = (event: StoredEvent) => void | Promise<void>;

export type Subscription = {
  /** Resolves when the subscription has caught up with everything stored when it started. */
  readonly caughtUp: Promise<void>;
  /** Stops delivery; resolves after the handler's current call has finished. */
  close(): Promise<void>;
  /** Resolves or rejects when the subscription ends (a handler error ends it). */
  readonly done: Promise<void>;
};

export type StreamInfo = { readonly streamId: string; readonly lastRevision: number };

/** One stream's part of a multi-stream append (appendAtomically, appendEach): `append`'s three arguments. */
export type AppendBatch = {
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
export type AppendEach = (requests: readonly AppendBatch[]) => Promise<AppendEachOutcome[]>;

/**
 * The event store port. Appends are atomic per call and per stream, with optimistic concurrency and
 * idempotency by event id; there are no transactions across streams (EventStoreDB has none either).
 * Positions are opaque: compare them only through the store.
 *
 * What every adapter promises (the conformance suite in ./conformance checks each point):
 * - An append writes all of its events or none. An empty batch is a programming error (TypeError).
 * - Events are stored and read back exactly as given: no upcasting, no validation beyond JSON; a JS
 *   number that is not a safe integer is refused, because money is never a number.
 * - "The same batch" means the same event ids, in the same order, in the same stream, as one earlier
 *   append call. Re-sending it returns that call's result with `duplicate: true` and writes nothing,
 *   whatever the expected revision says (a retry that still says 'no-stream' gets the original
 *   result). A partial overlap, another order, a subset, another stream, or an id repeated within one
 *   batch is an IDEMPOTENCY_CONFLICT. (On EventStoreDB two writers racing one new id into two streams
 *   can both win; see the ledger README.)
 * - A CONCURRENCY_CONFLICT carries the stream's actual last revision (null: no stream).
 * - A stored row that can no longer be read is a STORE_CORRUPT failure naming the stream and event.
 * - Subscriptions deliver one event at a time in global order, starting on a later tick, never inside
 *   subscribe(). `caughtUp` resolves once the backlog at the start is delivered (or the subscription
 *   is closed first) and rejects when a handler fails; a failing handler also rejects `done` and ends
 *   delivery. Closing the store closes its subscriptions.
 * - readAll includes only this ledger's events: an adapter over a shared server leaves out other
 *   applications' and the server's own system events.
 */
export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /**
   * OPTIONAL, SQLite and memory only: several batches to several streams, all or none (see
   * ./atomic-append.ts). Test for it with `supportsAtomicAppend(store)`.
   */
  appendAtomically?(batches: readonly AppendBatch[]): Promise<AppendResult[]>;
  /** OPTIONAL: independent appends committed in one durable transaction (see AppendEach above). */
  appendEach?: AppendEach;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Last revision of a stream, or null when it does not exist. */
  streamRevision(streamId: string): Promise<number | null>;
  readAll(options?: ReadAllOptions): AsyncIterable<StoredEvent>;
  /** Catch up from `after`, then deliver new events live, in global order, one at a time. */
  subscribe(handler: SubscriptionHandler, options?: { readonly after?: Position }): Subscription;
  /** The event with this id, wherever it is stored. */
  findEvent(eventId: string): Promise<StoredEvent | null>;
  /** Every stream with its last revision, for verification and admin tools. */
  listStreams(): AsyncIterable<StreamInfo>;
  /** Position of the newest event, or null when the store is empty. */
  headPosition(): Promise<Position | null>;
  /** Orders two positions of this store: negative, zero or positive. */
  comparePositions(a: Position, b: Position): number;
  /** Cheap liveness check for health endpoints. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
