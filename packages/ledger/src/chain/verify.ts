import type { StoredEvent } from '../events/envelope.js';
import { isStoreFailure } from '../errors/store-error.js';
import { GENESIS_HASH, hashStoredEvent } from './hash.js';

/**
 * What verification reads of a store: its stream listing and stream reads. Stated here rather than
 * imported from the store port because the store adapters depend on the chain (they hash on append);
 * every `EventStore` fits this shape.
 */
export type ChainSource = {
  listStreams(): AsyncIterable<{ readonly streamId: string; readonly lastRevision: number }>;
  readStream(
    streamId: string,
    options?: { readonly fromRevision?: number; readonly toRevision?: number },
  ): Promise<StoredEvent[]>;
};

export type ChainBreak = {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string | null;
  readonly problem:
    | 'hash-mismatch'
    | 'previous-hash-mismatch'
    | 'revision-gap'
    | 'unreadable'
    | 'event-id-mismatch'
    | 'scheme-downgrade';
  readonly message: string;
};

export type VerifyReport = {
  readonly ok: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  /** The first broken link of each broken stream. */
  readonly breaks: readonly ChainBreak[];
};

/** Walks one stream's events in order and names the first link that does not hold. */
export function verifyStreamEvents(streamId: string, events: readonly StoredEvent[]): ChainBreak | null {
  let previous = GENESIS_HASH;
  let scheme = 1;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const eventId = event.metadata?.eventId ?? null;
    // The store's own id is what idempotent retries look up: one that differs from the hashed metadata
    // would let a retry write the event a second time (scheme 1 does not hash the column itself).
    if (event.eventId !== undefined && event.eventId !== eventId) {
      return {
        streamId,
        revision: event.revision,
        eventId,
        problem: 'event-id-mismatch',
        message: `the store holds event id ${event.eventId} for event ${eventId}`,
      };
    }
    // Schemes only move forward within a stream: a scheme-1 event after a scheme-2 one was re-hashed by hand.
    const eventScheme = event.hashVersion ?? 1;
    if (eventScheme < scheme) {
      return {
        streamId,
        revision: event.revision,
        eventId,
        problem: 'scheme-downgrade',
        message: `event ${eventId} claims hash scheme ${eventScheme} after an event hashed with scheme ${scheme}`,
      };
    }
    scheme = eventScheme;
    if (event.revision !== i) {
      return {
        streamId,
        revision: i,
        eventId,
        problem: 'revision-gap',
        message: `expected revision ${i}, found ${event.revision}`,
      };
    }
    if (event.previousHash !== previous) {
      return {
        streamId,
        revision: i,
        eventId,
        problem: 'previous-hash-mismatch',
        message: `event ${eventId} does not point at the hash of revision ${i - 1}`,
      };
    }
    let expected: string;
    try {
      expected = hashStoredEvent(previous, event);
    } catch (e) {
      return {
        streamId,
        revision: i,
        eventId,
        problem: 'unreadable',
        message: `event ${eventId}: ${(e as Error).message}`,
      };
    }
    if (expected !== event.hash) {
      return {
        streamId,
        revision: i,
        eventId,
        problem: 'hash-mismatch',
        message: `event ${eventId} at revision ${i} was changed after it was written`,
      };
    }
    previous = event.hash;
  }
  return null;
}

export type VerifyProgress = (done: { streams: number; events: number }) => void;

/** Verifies every stream of a store; reports per broken stream the first break. */
export async function verifyStore(store: ChainSource, onProgress?: VerifyProgress): Promise<VerifyReport> {
  const breaks: ChainBreak[] = [];
  let streams = 0;
  let events = 0;
  for await (const { streamId, lastRevision } of store.listStreams()) {
    let stream: StoredEvent[];
    let broken: ChainBreak | null;
    try {
      stream = await store.readStream(streamId);
      broken = verifyStreamEvents(streamId, stream);
    } catch (e) {
      ({ readable: stream, broken } = await locateUnreadable(store, streamId, lastRevision, e));
    }
    if (broken) breaks.push(broken);
    streams++;
    events += stream.length;
    onProgress?.({ streams, events });
  }
  return { ok: breaks.length === 0, streamsChecked: streams, eventsChecked: events, breaks };
}

/**
 * A stream that cannot be read as a whole is read one revision at a time, so the report can name the
 * event that is damaged (revision and, when the store knows it, event id) instead of only the stream.
 * A break in the readable prefix before it is reported first: it is the earlier broken link.
 */
async function locateUnreadable(
  store: ChainSource,
  streamId: string,
  lastRevision: number,
  streamError: unknown,
): Promise<{ readable: StoredEvent[]; broken: ChainBreak }> {
  const readable: StoredEvent[] = [];
  for (let revision = 0; revision <= lastRevision; revision++) {
    try {
      const [event] = await store.readStream(streamId, { fromRevision: revision, toRevision: revision });
      if (!event) break;
      readable.push(event);
    } catch (e) {
      const earlier = verifyStreamEvents(streamId, readable);
      if (earlier) return { readable, broken: earlier };
      const eventId = isStoreFailure(e) && e.error.code === 'STORE_CORRUPT' ? (e.error.eventId ?? null) : null;
      return {
        readable,
        broken: { streamId, revision, eventId, problem: 'unreadable', message: (e as Error).message },
      };
    }
  }
  const broken = verifyStreamEvents(streamId, readable) ?? {
    streamId,
    revision: -1,
    eventId: null,
    problem: 'unreadable' as const,
    message: `the stream could not be read as a whole, though each event could: ${(streamError as Error)?.message ?? String(streamError)}`,
  };
  return { readable, broken };
}
