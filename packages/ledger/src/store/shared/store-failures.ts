import { StoreFailure } from '../../errors/store-error.js';
import type { ExpectedRevision } from '../port.js';

/** Builders for the typed failures every adapter raises, so messages and fields agree across adapters. */

export const describeExpected = (expected: ExpectedRevision): string =>
  typeof expected === 'number' ? String(expected) : expected;

export const concurrencyConflict = (
  streamId: string,
  expected: ExpectedRevision,
  actual: number | null,
): StoreFailure =>
  new StoreFailure({
    kind: 'store',
    code: 'CONCURRENCY_CONFLICT',
    message: `stream ${streamId}: expected ${describeExpected(expected)}, but its last revision is ${actual ?? 'none (no stream)'}`,
    streamId,
    expected: describeExpected(expected),
    actual,
  });

export const idempotencyConflict = (eventId: string, why: string): StoreFailure =>
  new StoreFailure({ kind: 'store', code: 'IDEMPOTENCY_CONFLICT', message: `event ${eventId}: ${why}`, eventId });

export const storeCorrupt = (message: string, where: { streamId?: string; eventId?: string }): StoreFailure =>
  new StoreFailure({ kind: 'store', code: 'STORE_CORRUPT', message, ...where });

export const storeUnavailable = (message: string): StoreFailure =>
  new StoreFailure({ kind: 'store', code: 'STORE_UNAVAILABLE', message });
