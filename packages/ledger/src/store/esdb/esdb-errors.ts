import { DeadlineExceededError, NotLeaderError, StreamNotFoundError, UnavailableError } from '@eventstore/db-client';
import { StoreFailure } from '../../errors/store-error.js';
import { storeUnavailable } from '../shared/store-failures.js';

export const isStreamNotFound = (e: unknown): boolean => e instanceof StreamNotFoundError;

/** Connection-level failures become STORE_UNAVAILABLE; everything else passes through unchanged. */
export function translateEsdbError(error: unknown): unknown {
  if (error instanceof StoreFailure) return error;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) {
    return storeUnavailable(`EventStoreDB is not reachable: ${error.message}`);
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
