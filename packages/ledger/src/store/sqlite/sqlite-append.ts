import type Database from 'better-sqlite3';
import { GENESIS_HASH } from '../../chain/hash.js';
import type { NewEvent } from '../../events/envelope.js';
import { chainBatch, eventIdOf, type ChainedEvent } from '../shared/chain-batch.js';
import { toDecimalPosition } from '../shared/decimal-positions.js';
import { assertValidExpected, expectationHolds } from '../shared/expected-revision.js';
import { assertNonEmptyBatch, classifyBatch } from '../shared/idempotency.js';
import { concurrencyConflict } from '../shared/store-failures.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import type { Statements } from './statements.js';

/** Carries an insert's UNIQUE violation out of the transaction, so that it rolls back before the batch is looked up. */
class UniqueViolation extends Error {
  constructor(readonly violation: unknown) {
    super('unique violation while appending');
  }
}

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Builds the append operation: expected-revision check, chaining and inserts in ONE transaction started
 * with BEGIN IMMEDIATE. IMMEDIATE takes the write lock before the first read, so a second process cannot
 * read the same last revision and then also write: it waits (busy_timeout) and then sees the first
 * writer's commit, which is what makes optimistic concurrency hold across processes.
 *
 * A new batch costs one read and its inserts: the stream head (last revision and its hash) from the
 * (stream_id, revision) index. The idempotency lookup (every event id of the batch) runs only when the
 * append cannot go through as it is, and then it decides first, exactly as if it had run up front:
 * - the expected revision does not hold: the usual shape of a retry, whose first attempt moved the stream;
 * - chaining refuses an event (a float, say): a stored batch is a duplicate before it is invalid;
 * - an insert violates UNIQUE(event_id): an id of the batch is stored, or repeated within it. The
 *   transaction rolls back first, so the lookup does not see this attempt's own rows.
 * A batch that goes through all three had no stored and no repeated id (the UNIQUE index on event_id
 * probes every insert anyway), so skipping the lookup changes no outcome.
 */
export function createSqliteAppend(db: Database.Database, statements: Statements) {
  /** The stored members of the batch, classified: the original result of a retry, IDEMPOTENCY_CONFLICT thrown, or null for a new batch. */
  const storedBatch = (streamId: string, ids: readonly string[]): AppendResult | null =>
    classifyBatch(
      streamId,
      ids,
      ids.map((id) => {
        const row = statements.batchMember.get(id);
        return (
          row && {
            streamId: row.stream_id,
            revision: row.revision,
            position: toDecimalPosition(row.global_position),
            batchStart: row.batch_start,
            batchSize: row.batch_size,
          }
        );
      }),
    );
  /** The lookup on its own, after a rollback: one snapshot, so another process's commit cannot land between two ids. */
  const storedBatchNow = db.transaction(storedBatch);

  const inTransaction = db.transaction(
    (
      streamId: string,
      ids: readonly string[],
      events: readonly NewEvent[],
      expected: ExpectedRevision,
    ): AppendResult => {
      const head = statements.streamHead.get(streamId);
      const actual = head?.revision ?? null;
      if (!expectationHolds(expected, actual)) {
        const duplicate = storedBatch(streamId, ids);
        if (duplicate) return duplicate;
        throw concurrencyConflict(streamId, expected, actual);
      }

      let chained: ChainedEvent[];
      try {
        chained = chainBatch(streamId, (actual ?? -1) + 1, head?.hash ?? GENESIS_HASH, events);
      } catch (error) {
        const duplicate = storedBatch(streamId, ids);
        if (duplicate) return duplicate;
        throw error;
      }

      let lastPosition = 0;
      for (const e of chained) {
        try {
          const info = statements.insertEvent.run(
            streamId,
            e.revision,
            e.eventId,
            e.type,
            e.version,
            e.dataJson,
            e.metadataJson,
            e.hash,
            e.previousHash,
            e.batchStart,
            e.batchSize,
            e.hashVersion,
          );
          lastPosition = Number(info.lastInsertRowid);
        } catch (error) {
          throw isUniqueViolation(error) ? new UniqueViolation(error) : error;
        }
      }
      return {
        streamId,
        firstRevision: chained[0]!.revision,
        lastRevision: chained[chained.length - 1]!.revision,
        position: toDecimalPosition(lastPosition),
        duplicate: false,
      };
    },
  );

  return (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult => {
    assertValidExpected(expected);
    assertNonEmptyBatch(streamId, events.length);
    const ids = events.map(eventIdOf);
    try {
      return inTransaction.immediate(streamId, ids, events, expected);
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
      // Rows once stored are never removed, so what made the insert fail is still there to be found.
      // Nothing found means the violation was on (stream_id, revision), which the head read under the
      // write lock rules out: surface SQLite's own error rather than invent a cause.
      const duplicate = storedBatchNow.deferred(streamId, ids);
      if (duplicate) return duplicate;
      throw error.violation;
    }
  };
}
