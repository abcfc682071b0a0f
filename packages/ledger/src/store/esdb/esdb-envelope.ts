import { jsonEvent, type EventData, type JSONType, type RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '../../events/metadata.js';
import type { StoredEvent } from '../../events/envelope.js';
import type { ChainedEvent } from '../shared/chain-batch.js';
import { storeCorrupt } from '../shared/store-failures.js';
import type { StoredBatchMember } from '../shared/idempotency.js';
import { encodeEsdbPosition, esdbEventUuid } from './esdb-identity.js';

/**
 * What we keep in ESDB's metadata next to the caller's metadata: the event version, the hash chain and
 * the batch boundaries (ESDB stores none of these). The caller's data is ESDB's data, untouched.
 */
type GripEnvelope = {
  readonly grip: 1;
  readonly version: number;
  readonly hash: string;
  readonly previousHash: string;
  readonly batchStart: number;
  readonly batchSize: number;
  /** The hash scheme (chain/hash.ts); absent in envelopes written before scheme 2, which means 1. */
  readonly hashVersion?: number;
  readonly metadata: EventMetadata;
};

export const toEsdbEvent = (e: ChainedEvent): EventData => {
  const envelope: GripEnvelope = {
    grip: 1,
    version: e.version,
    hash: e.hash,
    previousHash: e.previousHash,
    batchStart: e.batchStart,
    batchSize: e.batchSize,
    hashVersion: e.hashVersion,
    metadata: JSON.parse(e.metadataJson) as EventMetadata,
  };
  return jsonEvent({
    id: esdbEventUuid(e.eventId),
    type: e.type,
    data: JSON.parse(e.dataJson) as JSONType,
    metadata: envelope,
  });
};

/** Events other applications (or ESDB itself) wrote into the same database are not ours to return. */
export const isGripEvent = (event: RecordedEvent | undefined): event is RecordedEvent =>
  event !== undefined &&
  !event.streamId.startsWith('$') &&
  !event.type.startsWith('$') &&
  (event.metadata as Partial<GripEnvelope> | undefined)?.grip === 1;

/** Our event id of a stored ESDB event, or undefined when it is not one of ours. */
export const gripEventIdOf = (event: RecordedEvent): string | undefined =>
  isGripEvent(event) ? (event.metadata as Partial<GripEnvelope>).metadata?.eventId : undefined;

function envelopeOf(event: RecordedEvent): GripEnvelope {
  const envelope = event.metadata as Partial<GripEnvelope> | undefined;
  const eventId = envelope?.metadata?.eventId;
  if (
    !event.isJson ||
    envelope?.grip !== 1 ||
    typeof envelope.hash !== 'string' ||
    typeof envelope.previousHash !== 'string' ||
    typeof envelope.version !== 'number' ||
    typeof eventId !== 'string'
  ) {
    throw storeCorrupt(
      `stream ${event.streamId} revision ${event.revision} (ESDB id ${event.id}) has no readable Grip envelope`,
      {
        streamId: event.streamId,
        ...(typeof eventId === 'string' ? { eventId } : {}),
      },
    );
  }
  return envelope as GripEnvelope;
}

/** Servers before 22.x send -1 (2^64 - 1 unsigned) where a stream read has no position. */
const NO_POSITION = 2n ** 64n - 1n;

export function toStoredEvent(event: RecordedEvent): StoredEvent {
  const envelope = envelopeOf(event);
  if (!event.position || event.position.commit >= NO_POSITION || event.position.prepare >= NO_POSITION)
    throw storeCorrupt(
      `ESDB returned event ${envelope.metadata.eventId} without a position (a server before 22.x answers ` +
        `stream reads with -1; Grip needs EventStoreDB 22.10 or newer)`,
      { streamId: event.streamId, eventId: envelope.metadata.eventId },
    );
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: encodeEsdbPosition(event.position),
    type: event.type,
    version: envelope.version,
    data: event.data,
    metadata: envelope.metadata,
    hash: envelope.hash,
    previousHash: envelope.previousHash,
    hashVersion: envelope.hashVersion ?? 1,
    // ESDB's own id is derived from this one (esdb-identity.ts), so the envelope's copy is the record.
    eventId: envelope.metadata.eventId,
    batchStart: envelope.batchStart,
    batchSize: envelope.batchSize,
  };
}

export function toBatchMember(event: RecordedEvent): StoredBatchMember & { eventId: string; hash: string } {
  const envelope = envelopeOf(event);
  const stored = toStoredEvent(event);
  return {
    eventId: envelope.metadata.eventId,
    hash: envelope.hash,
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    batchStart: envelope.batchStart,
    batchSize: envelope.batchSize,
  };
}
