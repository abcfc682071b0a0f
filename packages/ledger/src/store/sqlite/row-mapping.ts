import type { StoredEvent } from '../../events/envelope.js';
import { toDecimalPosition } from '../shared/decimal-positions.js';
import { rowToStoredEvent } from '../shared/stored-row.js';
import { storeCorrupt } from '../shared/store-failures.js';
import type { EventRow, ReadRow } from './statements.js';

/** A row as a StoredEvent; unparsable JSON becomes STORE_CORRUPT naming stream, revision and event id. */
export const toStoredEvent = (row: EventRow): StoredEvent =>
  rowToStoredEvent(
    {
      eventId: row.event_id,
      streamId: row.stream_id,
      revision: row.revision,
      type: row.type,
      version: row.version,
      dataJson: row.data,
      metadataJson: row.metadata,
      hash: row.hash,
      previousHash: row.previous_hash,
      batchStart: row.batch_start,
      batchSize: row.batch_size,
      hashVersion: row.hash_version,
    },
    toDecimalPosition(row.global_position),
  );

/**
 * The same for a raw read row (readAll, readStream): the same StoredEvent, the same STORE_CORRUPT, without
 * the intermediate objects (these are the rows a rebuild reads by the million).
 */
export function readRowToStoredEvent(row: ReadRow): StoredEvent {
  let data: unknown;
  let metadata: StoredEvent['metadata'];
  try {
    data = JSON.parse(row[6]);
    metadata = JSON.parse(row[7]) as StoredEvent['metadata'];
  } catch (e) {
    throw storeCorrupt(
      `stream ${row[1]} revision ${row[2]} (event ${row[3]}) cannot be read: ${(e as Error).message}`,
      { streamId: row[1], eventId: row[3] },
    );
  }
  return {
    streamId: row[1],
    revision: row[2],
    position: toDecimalPosition(row[0]),
    type: row[4],
    version: row[5],
    data,
    metadata,
    hash: row[8],
    previousHash: row[9],
    hashVersion: row[12],
    eventId: row[3],
    batchStart: row[10],
    batchSize: row[11],
  };
}
