import { EventStoreDBClient } from '@eventstore/db-client';
import type { Position, StoredEvent } from '../../events/envelope.js';
import { municipalityStreamId, programmeStreamId } from '../stream-ids.js';
import { storeUnavailable } from '../shared/store-failures.js';
import type { EventStore, ReadAllOptions, ReadStreamOptions, StreamInfo, Subscription } from '../port.js';
import { appendToEsdb } from './esdb-append.js';
import { gripEventIdOf, toStoredEvent } from './esdb-envelope.js';
import { guardEsdb, isTransient, translateEsdbError } from './esdb-errors.js';
import { compareEsdbPositions } from './esdb-identity.js';
import { directoryStreams, locateEvent, DIRECTORY_STREAM } from './esdb-index.js';
import { lastEventOf, newestGripPosition, readAllGrip, readStreamRaw, type EsdbReader } from './esdb-reads.js';
import { checkServerVersion } from './esdb-server-check.js';
import { startEsdbSubscription } from './esdb-subscription.js';
import { createKeyedQueue } from './stream-queue.js';

export type EsdbEventStoreOptions = {
  /**
   * e.g. "esdb://localhost:2113?tls=false", or with TLS and a user:
   * "esdb+discover://grip:secret@esdb.example:2113?tlsCAFile=ca.crt" (see the ledger README).
   */
  readonly connectionString: string;
  /** Time limit of every call to the server, in ms. Default 10 000. */
  readonly deadlineMs?: number;
  /** Stream-name prefixes a subscription asks the server for. Default: the ledger's programme- and municipality- streams. */
  readonly streamPrefixes?: readonly string[];
  /** Pause before a dropped subscription subscribes again: doubling from `initialMs` up to `maxMs`. Default 100 → 5 000. */
  readonly reconnect?: { readonly initialMs?: number; readonly maxMs?: number };
  /** Told of every transient subscription failure that is retried (for logs). */
  readonly onReconnect?: (error: unknown, failures: number) => void;
  /** How long an 'any' or 'stream-exists' append keeps retrying races lost to other processes. Default 30 000 ms. */
  readonly busyRetryMs?: number;
  /** How long close() waits for the client to release its calls. Default 5 000 ms. */
  readonly closeTimeoutMs?: number;
};

const DEFAULT_PAGE = 500;
const LIST_CONCURRENCY = 16;

/**
 * EventStore on EventStoreDB (22.10 or newer) through @eventstore/db-client 6 (gRPC). Streams map one
 * to one; our version, hash chain and metadata ride in ESDB's event metadata (esdb-envelope.ts); index
 * streams (esdb-index.ts) serve lookups by id and the stream list. Every call has a deadline.
 * Subscriptions are ESDB's own, filtered on the server, resumed after a dropped connection.
 */
export function createEsdbEventStore(options: EsdbEventStoreOptions): EventStore {
  const client = EventStoreDBClient.connectionString(options.connectionString);
  const reader: EsdbReader = { client, deadlineMs: options.deadlineMs ?? 10_000 };
  const initialMs = options.reconnect?.initialMs ?? 100;
  const maxMs = options.reconnect?.maxMs ?? 5_000;
  const subscriptions = new Set<Subscription>();
  const oneAtATime = createKeyedQueue();
  const writer = { ...reader, busyRetryMs: options.busyRetryMs ?? 30_000 };
  let closed = false;
  let checked: Promise<string> | undefined;

  const ready = (): Promise<string> => {
    if (closed) return Promise.reject(storeUnavailable('the EventStoreDB event store is closed'));
    checked ??= checkServerVersion(client, reader.deadlineMs).catch((e: unknown) => {
      if (isTransient(e)) checked = undefined; // ask again next time; a refusal stays
      throw e;
    });
    return checked;
  };
  const run = <T>(operation: () => Promise<T>): Promise<T> =>
    guardEsdb(async () => {
      await ready();
      return operation();
    });

  async function* readAll(after?: Position, upTo?: Position, batchSize = DEFAULT_PAGE): AsyncGenerator<StoredEvent> {
    try {
      await ready();
      for await (const event of readAllGrip(reader, after, upTo, Math.max(1, Math.trunc(batchSize))))
        yield toStoredEvent(event);
    } catch (e) {
      throw translateEsdbError(e);
    }
  }

  const headPosition = () => run(() => newestGripPosition(reader));

  return {
    append: (streamId, events, expected) =>
      run(() => oneAtATime(streamId, () => appendToEsdb(writer, streamId, events, expected))),
    async readStream(streamId, range: ReadStreamOptions = {}) {
      const from = Math.max(0, range.fromRevision ?? 0);
      const to = range.toRevision ?? Number.MAX_SAFE_INTEGER;
      if (to < from) return [];
      const count = to === Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : to - from + 1;
      return (await run(() => readStreamRaw(reader, streamId, from, count))).map(toStoredEvent);
    },
    streamRevision: (streamId) =>
      run(async () => {
        const last = await lastEventOf(reader, streamId);
        return last === null ? null : Number(last.revision);
      }),
    readAll: (read: ReadAllOptions = {}) => readAll(read.after, read.upTo, read.batchSize),
    subscribe(handler, from = {}) {
      if (closed) throw storeUnavailable('the EventStoreDB event store is closed');
      const subscription = startEsdbSubscription(
        {
          client,
          streamPrefixes: options.streamPrefixes ?? [programmeStreamId(''), municipalityStreamId('')],
          headPosition,
          backoffMs: (failures) => Math.min(maxMs, initialMs * 2 ** (failures - 1)),
          ...(options.onReconnect ? { onRetry: options.onReconnect } : {}),
        },
        handler,
        from.after,
      );
      subscriptions.add(subscription);
      const forget = () => subscriptions.delete(subscription);
      subscription.done.then(forget, forget);
      return subscription;
    },
    findEvent: (eventId) =>
      run(async () => {
        const event = await locateEvent(reader, eventId, gripEventIdOf);
        return event ? toStoredEvent(event) : null;
      }),
    async *listStreams(): AsyncGenerator<StreamInfo> {
      const names: string[] = [];
      try {
        await ready();
        for await (const streamId of directoryStreams(reader)) names.push(streamId);
      } catch (e) {
        throw translateEsdbError(e);
      }
      for (let i = 0; i < names.length; i += LIST_CONCURRENCY) {
        const heads = await run(() =>
          Promise.all(names.slice(i, i + LIST_CONCURRENCY).map((streamId) => lastEventOf(reader, streamId))),
        );
        for (const head of heads) if (head) yield { streamId: head.streamId, lastRevision: Number(head.revision) };
      }
    },
    headPosition,
    comparePositions: compareEsdbPositions,
    async ping() {
      // A stream read, not $all: a user without admin rights may not read $all, and ping must not need it.
      await run(() => lastEventOf(reader, DIRECTORY_STREAM));
    },
    async close() {
      if (closed) return;
      await Promise.all([...subscriptions].map((s) => s.close()));
      closed = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        client.dispose(),
        new Promise((resolve) => (timer = setTimeout(resolve, options.closeTimeoutMs ?? 5_000))),
      ]);
      clearTimeout(timer);
    },
  };
}
