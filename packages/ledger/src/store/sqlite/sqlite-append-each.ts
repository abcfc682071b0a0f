import type Database from 'better-sqlite3';
import { StoreFailure } from '../../errors/store-error.js';
import type { NewEvent } from '../../events/envelope.js';
import type { AppendBatch } from '../atomic-append.js';
import type { AppendEachOutcome, AppendResult, ExpectedRevision } from '../port.js';

type AppendOne = (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => AppendResult;

/** What `append` refuses for one request alone; anything else (SQLITE_FULL, SQLITE_IOERR…) ends the whole group. */
const refusesOneRequest = (error: unknown): boolean => error instanceof StoreFailure || error instanceof TypeError;

/**
 * Group commit for SQLite: every request runs the single append (`appendOne`, itself a better-sqlite3
 * transaction) inside one outer BEGIN IMMEDIATE. Nested, better-sqlite3 turns each into a SAVEPOINT, so a
 * refused request is rolled back to its savepoint alone while the requests before and after it stay; the
 * outer COMMIT is the one fsync of the group. Any other error rolls the outer transaction back and is
 * rethrown: the group writes nothing, and every caller of it learns so.
 */
export function createSqliteAppendEach(db: Database.Database, appendOne: AppendOne) {
  const group = db.transaction((requests: readonly AppendBatch[]): AppendEachOutcome[] =>
    requests.map(({ streamId, events, expected }) => {
      try {
        return { ok: true, result: appendOne(streamId, events, expected) };
      } catch (error) {
        if (refusesOneRequest(error)) return { ok: false, error };
        throw error;
      }
    }),
  );
  /** A group of one is the single append itself: its own BEGIN IMMEDIATE, no savepoint around it. */
  const alone = ({ streamId, events, expected }: AppendBatch): AppendEachOutcome[] => {
    try {
      return [{ ok: true, result: appendOne(streamId, events, expected) }];
    } catch (error) {
      if (refusesOneRequest(error)) return [{ ok: false, error }];
      throw error;
    }
  };
  return (requests: readonly AppendBatch[]): AppendEachOutcome[] =>
    requests.length === 1 ? alone(requests[0]!) : requests.length === 0 ? [] : group.immediate(requests);
}
