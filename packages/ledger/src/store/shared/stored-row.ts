import type { EventMetadata } from '../../events/metadata.js';
import type { Position, StoredEvent } from '../../events/envelope.js';
import type { ChainedEvent } from './chain-batch.js';
import { storeCorrupt } from './store-failures.js';

/**
 * Turns the serialised form an adapter holds back into a StoredEvent. Parsing on every read hands each
 * caller its own copy, so nobody can change what the store holds by mutating a returned object.
 * A row that does not parse is reported as STORE_CORRUPT naming its stream, revision and event id.
 */
export function rowToStoredEvent(row: ChainedEvent, position: Position): StoredEvent {
  let data: unknown;
  let metadata: EventMetadata;
  try {
    data = JSON.parse(row.dataJson);
    metadata = JSON.parse(row.metadataJson) as EventMetadata;
  } catch (e) {
    throw storeCorrupt(
      `stream ${row.streamId} revision ${row.revision} (event ${row.eventId}) cannot be read: ${(e as Error).message}`,
      {
        streamId: row.streamId,
        eventId: row.eventId,
      },
    );
  }
  return {
    streamId: row.streamId,
    revision: row.revision,
    position,
    type: row.type,
    version: row.version,
    data,
    metadata,
    hash: row.hash,
    previousHash: row.previousHash,
    hashVersion: row.hashVersion,
    eventId: row.eventId,
    batchStart: row.batchStart,
    batchSize: row.batchSize,
  };
}
