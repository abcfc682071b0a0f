import type { ExpectedRevision } from '../port.js';
import { concurrencyConflict } from './store-failures.js';

/** A malformed expectation is a programming error, not a conflict: fail loudly before touching the store. */
export function assertValidExpected(expected: ExpectedRevision): void {
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0)
      throw new TypeError(`expected revision must be a non-negative integer, got ${expected}`);
    return;
  }
  if (expected !== 'any' && expected !== 'no-stream' && expected !== 'stream-exists') {
    throw new TypeError(`unknown expected revision ${String(expected)}`);
  }
}

export function expectationHolds(expected: ExpectedRevision, actual: number | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === null;
    case 'stream-exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}

/** Throws CONCURRENCY_CONFLICT carrying the real last revision (or null) when the expectation fails. */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, actual: number | null): void {
  if (!expectationHolds(expected, actual)) throw concurrencyConflict(streamId, expected, actual);
}
