import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../chain/hash.js';
import type { NewEvent } from '../../events/envelope.js';
import { chainBatch, eventIdOf } from '../shared/chain-batch.js';
import { toDecimalPosition } from '../shared/decimal-positions.js';
import { assertValidExpected, checkExpectedRevision } from '../shared/expected-revision.js';
import { assertNonEmptyBatch, classifyBatch } from '../shared/idempotency.js';
import { storeCorrupt } from '../shared/store-failures.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import type { Statements } from './statements.js';

/**
 * Builds the append operation: duplicate check, expected-revision check, chaining and inserts in ONE
 * transaction started with BEGIN IMMEDIATE. IMMEDIATE takes the write lock before the first read, so a
 * second process cannot read the same last revision and then also write: it waits (busy_timeout) and
 * then sees the first writer's commit, which is what makes optimistic concurrency hold across processes.
 */
export function createSqliteAppend(db: Database.Database, statements: Statements) {
  const inTransaction = db.transaction((streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult => {
    const ids = events.map(eventIdOf);
    const found = ids.map((id) => {
      const row = statements.batchMember.get(id);
      return row && { streamId: row.stream_id, revision: row.revision, position: toDecimalPosition(row.global_position), batchStart: row.batch_start, batchSize: row.batch_size };
    });
    const duplicate = classifyBatch(streamId, ids, found);
    if (duplicate) return duplicate;

    const actual = statements.streamRevision.get(streamId)?.last_revision ?? null;
    checkExpectedRevision(streamId, expected, actual);
    const previousHash = actual === null ? GENESIS_HASH : statements.hashAt.get(streamId, actual)?.hash;
    if (previousHash === undefined) throw storeCorrupt(`stream ${streamId} says revision ${actual} is its last, but that event is missing`, { streamId });

    const chained = chainBatch(streamId, (actual ?? -1) + 1, previousHash, events);
    let lastPosition = 0;
    for (const e of chained) {
      const info = statements.insertEvent.run({
        stream_id: streamId,
        revision: e.revision,
        event_id: e.eventId,
        type: e.type,
        version: e.version,
        data: e.dataJson,
        metadata: e.metadataJson,
        hash: e.hash,
        previous_hash: e.previousHash,
        batch_start: e.batchStart,
        batch_size: e.batchSize,
      });
      lastPosition = Number(info.lastInsertRowid);
    }
    const lastRevision = chained[chained.length - 1]!.revision;
    statements.upsertStream.run(streamId, lastRevision);
    return { streamId, firstRevision: chained[0]!.revision, lastRevision, position: toDecimalPosition(lastPosition), duplicate: false };
  });

  return (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult => {
    assertValidExpected(expected);
    assertNonEmptyBatch(streamId, events.length);
    return inTransaction.immediate(streamId, events, expected);
  };
}
