import { GENESIS_HASH } from '../../chain/hash.js';
import type { NewEvent, Position, StoredEvent } from '../../events/envelope.js';
import type {
  AppendBatch,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamInfo,
} from '../port.js';
import type { AtomicAppend } from '../atomic-append.js';
import { chainBatch, eventIdOf, type ChainedEvent } from '../shared/chain-batch.js';
import { compareDecimalPositions, parseDecimalPosition, toDecimalPosition } from '../shared/decimal-positions.js';
import { assertValidExpected, checkExpectedRevision } from '../shared/expected-revision.js';
import { assertNonEmptyBatch, classifyBatch, type StoredBatchMember } from '../shared/idempotency.js';
import { rowToStoredEvent } from '../shared/stored-row.js';
import { storeUnavailable } from '../shared/store-failures.js';
import { createAppendSignal, createSubscriptionRegistry } from '../shared/subscription-registry.js';

/**
 * The reference adapter: the port's semantics with nothing in the way, for tests and for embedding.
 * Events are held serialised (like every other adapter) so reads return fresh copies. Global position n
 * is the n-th event ever appended, starting at 1 like SQLite's rowid.
 */
export function createMemoryEventStore(): EventStore & AtomicAppend {
  const log: ChainedEvent[] = [];
  const streams = new Map<string, number[]>(); // stream id -> indexes into log, by revision
  const byEventId = new Map<string, number>();
  const signal = createAppendSignal();
  let closed = false;

  const positionOf = (index: number): Position => toDecimalPosition(index + 1);
  const toStored = (index: number): StoredEvent => rowToStoredEvent(log[index]!, positionOf(index));
  const ensureOpen = () => {
    if (closed) throw storeUnavailable('the in-memory event store is closed');
  };
  const member = (index: number | undefined): StoredBatchMember | undefined => {
    if (index === undefined) return undefined;
    const row = log[index]!;
    return {
      streamId: row.streamId,
      revision: row.revision,
      position: positionOf(index),
      batchStart: row.batchStart,
      batchSize: row.batchSize,
    };
  };

  // Synchronous from check to write: JavaScript's single thread is the transaction.
  function appendNow(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    ensureOpen();
    assertValidExpected(expected);
    assertNonEmptyBatch(streamId, events.length);
    const ids = events.map(eventIdOf);
    const duplicate = classifyBatch(
      streamId,
      ids,
      ids.map((id) => member(byEventId.get(id))),
    );
    if (duplicate) return duplicate;

    const indexes = streams.get(streamId) ?? [];
    const actual = indexes.length === 0 ? null : indexes.length - 1;
    checkExpectedRevision(streamId, expected, actual);
    const previousHash = actual === null ? GENESIS_HASH : log[indexes[actual]!]!.hash;
    const chained = chainBatch(streamId, indexes.length, previousHash, events);
    for (const row of chained) {
      const index = log.push(row) - 1;
      indexes.push(index);
      byEventId.set(row.eventId, index);
    }
    streams.set(streamId, indexes);
    return {
      streamId,
      firstRevision: chained[0]!.revision,
      lastRevision: chained[chained.length - 1]!.revision,
      position: positionOf(log.length - 1),
      duplicate: false,
    };
  }

  /** All batches or none: on a failure the rows this call pushed are taken out again, newest first. */
  function appendAllNow(batches: readonly AppendBatch[]): AppendResult[] {
    ensureOpen();
    if (batches.length === 0) throw new TypeError('appendAtomically: no batches');
    const start = log.length;
    try {
      return batches.map((batch) => appendNow(batch.streamId, batch.events, batch.expected));
    } catch (error) {
      while (log.length > start) {
        const row = log.pop()!;
        byEventId.delete(row.eventId);
        const indexes = streams.get(row.streamId)!;
        indexes.pop();
        if (indexes.length === 0) streams.delete(row.streamId);
      }
      throw error;
    }
  }

  async function* readAfter(after: Position | undefined, upTo?: Position): AsyncGenerator<StoredEvent> {
    const end = upTo === undefined ? Infinity : parseDecimalPosition(upTo);
    // Re-reads log.length each step, so events appended while a reader is paused are seen too.
    for (
      let index = after === undefined ? 0 : parseDecimalPosition(after);
      index < log.length && index + 1 <= end;
      index++
    ) {
      ensureOpen();
      yield toStored(index);
    }
  }

  const subscriptions = createSubscriptionRegistry({
    readAfter: (after) => readAfter(after),
    onAppend: signal.onAppend,
  });

  return {
    async append(streamId, events, expected) {
      const result = appendNow(streamId, events, expected);
      if (!result.duplicate) signal.notify();
      return result;
    },
    async appendAtomically(batches) {
      const results = appendAllNow(batches);
      if (results.some((r) => !r.duplicate)) signal.notify();
      return results;
    },
    async readStream(streamId, options: ReadStreamOptions = {}) {
      ensureOpen();
      const indexes = streams.get(streamId) ?? [];
      const from = Math.max(0, options.fromRevision ?? 0);
      const to = Math.min(indexes.length - 1, options.toRevision ?? Infinity);
      const events: StoredEvent[] = [];
      for (let revision = from; revision <= to; revision++) events.push(toStored(indexes[revision]!));
      return events;
    },
    async streamRevision(streamId) {
      ensureOpen();
      const length = streams.get(streamId)?.length ?? 0;
      return length === 0 ? null : length - 1;
    },
    readAll(options: ReadAllOptions = {}) {
      return readAfter(options.after, options.upTo);
    },
    subscribe(handler, options = {}) {
      ensureOpen();
      return subscriptions.start(handler, options.after);
    },
    async findEvent(eventId) {
      ensureOpen();
      const index = byEventId.get(eventId);
      return index === undefined ? null : toStored(index);
    },
    async *listStreams(): AsyncGenerator<StreamInfo> {
      ensureOpen();
      for (const [streamId, indexes] of [...streams]) yield { streamId, lastRevision: indexes.length - 1 };
    },
    async headPosition() {
      ensureOpen();
      return log.length === 0 ? null : positionOf(log.length - 1);
    },
    comparePositions: compareDecimalPositions,
    async ping() {
      ensureOpen();
    },
    async close() {
      if (closed) return;
      await subscriptions.closeAll();
      closed = true;
    },
  };
}
