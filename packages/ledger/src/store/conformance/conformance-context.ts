import { expect } from 'vitest';
import { StoreFailure, type StoreError, type StoreErrorCode } from '../../errors/store-error.js';
import type { StoredEvent } from '../../events/envelope.js';
import type { EventStore } from '../port.js';
import type { createEventFixtures } from './event-fixtures.js';

/** What an adapter's spec hands the suite: a fresh store, and optionally a second handle on the same storage. */
export type StoreUnderTest = {
  readonly store: EventStore;
  /** Another independent instance on the same storage (e.g. a second SQLite connection to the same file). */
  readonly openAnother?: () => Promise<EventStore>;
};

export type ConformanceOptions = {
  /** A new store holds no events (false for a shared EventStoreDB server). Default true. */
  readonly emptyOnCreate?: boolean;
  /** The adapter detects an event id reused in ANOTHER stream. Default true. */
  readonly crossStreamIdempotency?: boolean;
  /** Prefix for event and stream ids, so runs against a shared server never collide. Default 'conf'. */
  readonly idPrefix?: string;
  /** fast-check runs for the interleaving property. Default 20. */
  readonly propertyRuns?: number;
};

export type Fixtures = ReturnType<typeof createEventFixtures>;

export type ConformanceContext = {
  readonly options: Required<ConformanceOptions>;
  /** The store of the running test. */
  store(): EventStore;
  /** A second handle on the same storage when the adapter has one, else the same store. */
  another(): Promise<EventStore>;
  /** A new store (tracked and closed after the test), for tests that need several. */
  fresh(): Promise<StoreUnderTest>;
  /** Fixtures with ids unique to the running test. */
  fixtures(): Fixtures;
};

/** Awaits a rejection and checks it is a StoreFailure with this code; returns the typed error. */
export async function expectStoreFailure<C extends StoreErrorCode>(
  promise: Promise<unknown>,
  code: C,
): Promise<Extract<StoreError, { code: C }>> {
  const error = await promise.then(
    () => {
      throw new Error(`expected a StoreFailure ${code}, but the call succeeded`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreFailure);
  expect((error as StoreFailure).error.code).toBe(code);
  return (error as StoreFailure).error as Extract<StoreError, { code: C }>;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Strips what the store added, to compare with what was given. */
export const asGiven = (e: StoredEvent) => ({ type: e.type, version: e.version, data: e.data, metadata: e.metadata });
