import { START, STREAM_NAME, type EventStoreDBClient, type RecordedEvent } from '@eventstore/db-client';
import type { Position, StoredEvent } from '../../events/envelope.js';
import type { Subscription, SubscriptionHandler } from '../port.js';
import { isTransient, translateEsdbError } from './esdb-errors.js';
import { isGripEvent, toStoredEvent } from './esdb-envelope.js';
import { compareEsdbPositions, decodeEsdbPosition } from './esdb-identity.js';

export type EsdbSubscriptionSource = {
  readonly client: EventStoreDBClient;
  /** Stream-name prefixes the server filters on: only these streams' events cross the wire. */
  readonly streamPrefixes: readonly string[];
  /** Position of our newest event now (null: none): the backlog a new subscription must deliver. */
  headPosition(): Promise<Position | null>;
  /** Pause before resubscribing after the n-th failure in a row (n from 1). */
  backoffMs(failures: number): number;
  /** Told of every transient failure that is being retried, for logs and tests. */
  readonly onRetry?: (error: unknown, failures: number) => void;
};

/** Carries the handler's own error past the retry logic, which must not retry it. */
class HandlerFailed extends Error {
  constructor(readonly error: unknown) {
    super('the subscription handler failed');
  }
}
class ServerEnded extends Error {}

/**
 * A catch-up-then-live subscription on ESDB's own subscribeToAll, filtered on the server by stream
 * prefix. When the connection drops (UNAVAILABLE, a restart, a leader change) it subscribes again
 * from the position of the last event the handler finished, after a growing pause: the server starts
 * AFTER that position, and anything at or before it is dropped here as well, so no effect is skipped
 * and none repeats. A handler error, or a refusal (access denied), ends it for good.
 *
 * `caughtUp` resolves once the handler has finished the newest event that existed at the start (or
 * at once when there was none), or when the server says so with its buffer delivered.
 */
export function startEsdbSubscription(
  source: EsdbSubscriptionSource,
  handler: SubscriptionHandler,
  after?: Position,
): Subscription {
  let closed = false;
  let current: { unsubscribe(): Promise<void>; destroy(): unknown } | undefined;
  let wake: (() => void) | undefined;
  let markCaughtUp!: () => void;
  let failCaughtUp!: (e: unknown) => void;
  const caughtUp = new Promise<void>((resolve, reject) => {
    markCaughtUp = resolve;
    failCaughtUp = reject;
  });
  caughtUp.catch(() => undefined); // callers may await only `done`

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const reached = (cursor: Position | undefined, target: Position | null) =>
    target === null || (cursor !== undefined && compareEsdbPositions(cursor, target) >= 0);

  const run = async (): Promise<void> => {
    await Promise.resolve(); // never deliver inside subscribe()
    let cursor = after;
    let target: Position | null | undefined;
    let failures = 0;
    while (!closed) {
      try {
        if (target === undefined) {
          target = await source.headPosition();
          if (reached(cursor, target)) markCaughtUp();
        }
        const subscription = source.client.subscribeToAll({
          fromPosition: cursor === undefined ? START : decodeEsdbPosition(cursor),
          filter: { filterOn: STREAM_NAME, prefixes: [...source.streamPrefixes], checkpointInterval: 1 },
        });
        current = subscription;
        let handling = false;
        subscription.on('caughtUp', () => {
          if (!handling && subscription.readableLength === 0) markCaughtUp();
        });
        for await (const resolved of subscription) {
          if (closed) break;
          failures = 0;
          const event = resolved.event as RecordedEvent | undefined;
          if (!isGripEvent(event)) continue;
          const stored: StoredEvent = toStoredEvent(event);
          if (cursor !== undefined && compareEsdbPositions(stored.position, cursor) <= 0) continue;
          handling = true;
          try {
            await handler(stored);
          } catch (error) {
            throw new HandlerFailed(error);
          }
          handling = false;
          cursor = stored.position;
          if (reached(cursor, target)) markCaughtUp();
        }
        await subscription.unsubscribe();
        if (!closed) throw new ServerEnded('the server ended the subscription');
      } catch (error) {
        await current?.unsubscribe().catch(() => undefined);
        if (closed) break;
        if (error instanceof HandlerFailed)
          throw error.error instanceof Error ? error.error : new Error(String(error.error));
        const transient = isTransient(error) || error instanceof ServerEnded;
        if (!transient) throw translateEsdbError(error);
        failures++;
        source.onRetry?.(error, failures);
        await pause(source.backoffMs(failures));
      }
    }
    markCaughtUp(); // closed before catching up: nothing more will come
  };

  const done = run().catch((error: unknown) => {
    failCaughtUp(error);
    throw error;
  });
  done.catch(() => undefined);

  return {
    caughtUp,
    done,
    async close() {
      closed = true;
      wake?.();
      await current?.unsubscribe().catch(() => undefined);
      current?.destroy(); // ends the loop even if the cancelled call never ends its stream
      await done.catch(() => undefined);
    },
  };
}
