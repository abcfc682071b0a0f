import {
  createMemoryEventStore,
  type EventStore,
  type NewEvent,
  type StoredEvent,
  type Subscription,
} from '@grip/ledger';
import { positionOf } from './event-builder.js';

export type TestStore = EventStore & {
  /**
   * Appends already-built events (also ones the projections cannot read), one at a time and in order.
   * Each must carry the next revision of its stream and an event id of its own; their positions are
   * replaced by the store's. Returns at once; see createTestStore for when the store holds them.
   */
  put(events: readonly StoredEvent[]): void;
  /** Every event put or appended, in store order, with the revision and position the store gave it. */
  readonly all: readonly StoredEvent[];
};

/**
 * The ledger's own in-memory store (`createMemoryEventStore`: its reads, positions and subscriptions)
 * with a synchronous `put` for the hand-built events of `eventBuilder`. The n-th event put is at
 * `positionOf(n)`, as the memory store numbers them, so a builder's positions are the store's when its
 * events are put into an empty store.
 *
 * `put` queues the appends; every other call waits until the queue is written, so a test always reads
 * what it put. If the store refuses an event (a revision out of turn, an id already stored) or places it
 * elsewhere than `all` says, every later call fails with that error.
 */
export function createTestStore(initial: readonly StoredEvent[] = []): TestStore {
  const store = createMemoryEventStore();
  const all: StoredEvent[] = [];
  let written: Promise<void> = Promise.resolve();

  const put = (events: readonly StoredEvent[]) => {
    for (const event of events) {
      const placed: StoredEvent = { ...event, position: positionOf(all.length + 1) };
      all.push(placed);
      const { streamId, revision, type, version, data, metadata } = placed;
      written = written.then(async () => {
        const result = await store.append(
          streamId,
          [{ type, version, data, metadata } as NewEvent],
          revision === 0 ? 'no-stream' : revision - 1,
        );
        if (result.duplicate || result.position !== placed.position) {
          throw new Error(
            `test store: event ${metadata.eventId} was put at ${placed.position}, the store has it at ${result.position}${result.duplicate ? ' (already stored)' : ''}`,
          );
        }
      });
    }
  };
  put(initial);

  /** Runs a read after everything put so far is written. */
  const afterWrites = <T>(read: () => Promise<T>): Promise<T> => written.then(read);

  return {
    all,
    put,
    append: (streamId, events, expected) =>
      afterWrites(async () => {
        const result = await store.append(streamId, events, expected);
        if (!result.duplicate)
          all.push(
            ...(await store.readStream(streamId, {
              fromRevision: result.firstRevision,
              toRevision: result.lastRevision,
            })),
          );
        return result;
      }),
    readStream: (streamId, options) => afterWrites(() => store.readStream(streamId, options)),
    streamRevision: (streamId) => afterWrites(() => store.streamRevision(streamId)),
    async *readAll(options) {
      await written;
      yield* store.readAll(options);
    },
    subscribe(handler, options): Subscription {
      const started = afterWrites(async () => store.subscribe(handler, options));
      const caughtUp = started.then((s) => s.caughtUp);
      const done = started.then((s) => s.done);
      // Like the store's own: callers may await only one of the two.
      caughtUp.catch(() => undefined);
      done.catch(() => undefined);
      return { caughtUp, done, close: async () => (await started.catch(() => null))?.close() };
    },
    findEvent: (eventId) => afterWrites(() => store.findEvent(eventId)),
    async *listStreams() {
      await written;
      yield* store.listStreams();
    },
    headPosition: () => afterWrites(() => store.headPosition()),
    comparePositions: (a, b) => store.comparePositions(a, b),
    ping: () => afterWrites(() => store.ping()),
    close: () => written.catch(() => undefined).then(() => store.close()),
  };
}
