import { StoreFailure } from '../../errors/store-error.js';
import { storeCorrupt, storeUnavailable } from '../shared/store-failures.js';

/** Maps SQLite's own failures to the port's typed errors; our StoreFailures and TypeErrors pass through. */
export function translateSqliteError(error: unknown): unknown {
  if (error instanceof StoreFailure || !(error instanceof Error)) return error;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT_')) {
    return storeCorrupt(`the event store file is damaged: ${error.message}`, {});
  }
  if (
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_READONLY'
  ) {
    return storeUnavailable(`the event store file cannot be used now (${code}): ${error.message}`);
  }
  return error;
}

export function guard<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw translateSqliteError(error);
  }
}
