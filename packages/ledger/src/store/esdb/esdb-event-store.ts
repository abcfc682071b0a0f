import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
import type { Position, StoredEvent } from '../../events/envelope.js';
import { storeUnavailable } from '../shared/store-failures.js';
import { createAppendSignal, createSubscriptionRegistry } from '../shared/subscription-registry.js';
import type { EventStore, ReadAllOptions, ReadStreamOptions, StreamInfo } from '../port.js';
import { appendToEsdb } from './esdb-append.js';
import { toStoredEvent } from './esdb-envelope.js';
import { guardEsdb, translateEsdbError } from './esdb-errors.js';
import { compareEsdbPositions } from './esdb-identity.js';
import { lastRevisionOf, newestGripPosition, readAllGrip, readStreamRaw } from './esdb-reads.js';

export type EsdbEventStoreOptions = {
  /** e.g. "esdb://localhost:2113?tls=false" */
  readonly connectionString: string;
  /** How often subscriptions look for new events in $all. Default 200 ms. */
  readonly pollIntervalMs?: number;
};

const DEFAULT_PAGE = 500;

/**
 * EventStore on EventStoreDB through @eventstore/db-client 6 (gRPC). Streams map one to one; our
 * version, hash chain and metadata ride in ESDB's event metadata (see esdb-envelope.ts).
 *
 * What is NOT efficient here, by design of ESDB rather than by accident:
 * - findEvent and listStreams scan $all (ESDB has no lookup by event id; the $streams system projection
 *   could serve listStreams but needs projections enabled, which we do not assume).
 * - append reads the whole target stream for the idempotency check (see esdb-append.ts).
 * - subscribe reuses the polling loop over readAll, plus an in-process signal after our own appends,
 *   instead of ESDB's native subscribeToAll: one tested catch-up/live hand-over for every adapter.
 */
export function createEsdbEventStore(options: EsdbEventStoreOptions): EventStore {
  const client = EventStoreDBClient.connectionString(options.connectionString);
  const signal = createAppendSignal();
  let closed = false;

  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    if (closed) throw storeUnavailable('the EventStoreDB event store is closed');
    return guardEsdb(operation);
  };

  async function* readAll(after?: Position, upTo?: Position, batchSize = DEFAULT_PAGE): AsyncGenerator<StoredEvent> {
    if (closed) throw storeUnavailable('the EventStoreDB event store is closed');
    try {
      for await (const event of readAllGrip(client, after, upTo, Math.max(1, Math.trunc(batchSize))))
        yield toStoredEvent(event);
    } catch (e) {
      throw translateEsdbError(e);
    }
  }

  const subscriptions = createSubscriptionRegistry({
    readAfter: (after) => readAll(after),
    onAppend: signal.onAppend,
    pollIntervalMs: options.pollIntervalMs ?? 200,
  });

  return {
    async append(streamId, events, expected) {
      const result = await run(() => appendToEsdb(client, streamId, events, expected));
      if (!result.duplicate) signal.notify();
      return result;
    },
    async readStream(streamId, range: ReadStreamOptions = {}) {
      const from = Math.max(0, range.fromRevision ?? 0);
      const to = range.toRevision ?? Number.MAX_SAFE_INTEGER;
      if (to < from) return [];
      const count = to === Number.MAX_SAFE_INTEGER ? undefined : to - from + 1;
      return (await run(() => readStreamRaw(client, streamId, from, count))).map(toStoredEvent);
    },
    streamRevision: (streamId) => run(() => lastRevisionOf(client, streamId)),
    readAll: (read: ReadAllOptions = {}) => readAll(read.after, read.upTo, read.batchSize),
    subscribe(handler, from = {}) {
      if (closed) throw storeUnavailable('the EventStoreDB event store is closed');
      return subscriptions.start(handler, from.after);
    },
    async findEvent(eventId) {
      for await (const event of readAll()) if (event.metadata.eventId === eventId) return event; // full scan, see above
      return null;
    },
    async *listStreams(): AsyncGenerator<StreamInfo> {
      const last = new Map<string, number>(); // full scan of $all, see above
      for await (const event of readAll())
        last.set(event.streamId, Math.max(event.revision, last.get(event.streamId) ?? -1));
      for (const [streamId, lastRevision] of last) yield { streamId, lastRevision };
    },
    headPosition: () => run(() => newestGripPosition(client)),
    comparePositions: compareEsdbPositions,
    async ping() {
      await run(async () => {
        for await (const _ of client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })) break;
      });
    },
    async close() {
      if (closed) return;
      await subscriptions.closeAll();
      closed = true;
      await client.dispose();
    },
  };
}
