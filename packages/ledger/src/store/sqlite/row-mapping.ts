import type { StoredEvent } from '../../events/envelope.js';
import { toDecimalPosition } from '../shared/decimal-positions.js';
import { rowToStoredEvent } from '../shared/stored-row.js';
import type { EventRow } from './statements.js';

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
    },
    toDecimalPosition(row.global_position),
  );
