import { hashEventV2, LATEST_HASH_SCHEME } from '../../chain/hash.js';
import type { NewEvent } from '../../events/envelope.js';

/** An event ready to be written: placed in its stream, serialised, and linked into the hash chain. */
export type ChainedEvent = {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly version: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly hash: string;
  readonly previousHash: string;
  /** Revision of the first event of the append call and its length: what makes a retry "the same batch". */
  readonly batchStart: number;
  readonly batchSize: number;
  /** The hash scheme `hash` was computed with: LATEST_HASH_SCHEME for new events, 1 for rows written before it. */
  readonly hashVersion: number;
};

/** The only validation a store does: what it needs to place, identify and hash the event. */
export function eventIdOf(event: NewEvent): string {
  const id: unknown = event?.metadata?.eventId;
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('every event needs metadata.eventId');
  return id;
}

function assertPlaceable(event: NewEvent): void {
  if (typeof event.type !== 'string' || event.type.length === 0) throw new TypeError('every event needs a type');
  if (!Number.isSafeInteger(event.version) || event.version < 1)
    throw new TypeError(`event ${eventIdOf(event)}: version must be a positive integer`);
}

/**
 * Serialises and chains a batch that will follow `previousHash` at `firstRevision`. The hash is taken over
 * the JSON round trip of data and metadata, i.e. exactly what a reader will get back, so a Date or a class
 * instance cannot make a freshly written event fail verification. canonicalJson rejects floats: money
 * is never a number, and a store is the last line that can refuse it.
 */
export function chainBatch(
  streamId: string,
  firstRevision: number,
  previousHash: string,
  events: readonly NewEvent[],
): ChainedEvent[] {
  const chained: ChainedEvent[] = [];
  let previous = previousHash;
  events.forEach((event, i) => {
    assertPlaceable(event);
    const dataJson = JSON.stringify(event.data);
    const metadataJson = JSON.stringify(event.metadata);
    if (dataJson === undefined) throw new TypeError(`event ${eventIdOf(event)}: data must be JSON`);
    const revision = firstRevision + i;
    const hash = hashEventV2(previous, {
      eventId: eventIdOf(event),
      batchStart: firstRevision,
      batchSize: events.length,
      streamId,
      revision,
      type: event.type,
      version: event.version,
      data: JSON.parse(dataJson),
      metadata: JSON.parse(metadataJson),
    });
    chained.push({
      eventId: eventIdOf(event),
      streamId,
      revision,
      type: event.type,
      version: event.version,
      dataJson,
      metadataJson,
      hash,
      previousHash: previous,
      batchStart: firstRevision,
      batchSize: events.length,
      hashVersion: LATEST_HASH_SCHEME,
    });
    previous = hash;
  });
  return chained;
}
