import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
} from '@eventstore/db-client';
import { StoreFailure } from '../../errors/store-error.js';
import { storeCorrupt, storeUnavailable } from '../shared/store-failures.js';

export const isStreamNotFound = (e: unknown): boolean => e instanceof StreamNotFoundError;

/** Failures worth retrying after a pause: the server is (for now) unreachable, not refusing. */
export const isTransient = (e: unknown): boolean =>
  e instanceof UnavailableError ||
  e instanceof CancelledError ||
  e instanceof NotLeaderError ||
  e instanceof DeadlineExceededError ||
  e instanceof TimeoutError ||
  (e instanceof StoreFailure && e.error.code === 'STORE_UNAVAILABLE' && !refusals.has(e));

/** STORE_UNAVAILABLE failures that are refusals (access denied, unsupported server): retrying will not help. */
const refusals = new WeakSet<StoreFailure>();
export function refusal(message: string): StoreFailure {
  const failure = storeUnavailable(message);
  refusals.add(failure);
  return failure;
}

/**
 * The client's errors as the port's typed failures. Connection-level trouble and refusals become
 * STORE_UNAVAILABLE with a message that says what to do; a deleted ledger stream is STORE_CORRUPT (its
 * history is gone). Anything else (a bug, not the server) passes through unchanged.
 */
export function translateEsdbError(error: unknown): unknown {
  if (error instanceof StoreFailure) return error;
  if (error instanceof AccessDeniedError)
    return refusal(
      'EventStoreDB refused access: the user in the connection string lacks the rights Grip needs ' +
        '(read and write on its streams, read on $all; see the ledger README, "EventStoreDB")',
    );
  if (error instanceof StreamDeletedError)
    return storeCorrupt(`EventStoreDB stream ${error.streamName} was deleted: its history is gone`, {
      streamId: error.streamName,
    });
  if (isTransient(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return storeUnavailable(`EventStoreDB is not reachable: ${message}`);
  }
  return error;
}

export async function guardEsdb<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateEsdbError(error);
  }
}
