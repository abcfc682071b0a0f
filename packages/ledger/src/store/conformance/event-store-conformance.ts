import { afterEach, beforeEach, describe } from 'vitest';
import type { EventStore } from '../port.js';
import { describeAppendCases } from './append-cases.js';
import { describeAtomicAppendCases } from './atomic-append-cases.js';
import { describeConcurrencyCases } from './concurrency-cases.js';
import type { ConformanceContext, ConformanceOptions, StoreUnderTest } from './conformance-context.js';
import { createEventFixtures } from './event-fixtures.js';
import { describeReadCases } from './read-cases.js';
import { describeSubscriptionCases } from './subscription-cases.js';

export type { ConformanceOptions, StoreUnderTest } from './conformance-context.js';
export { createEventFixtures, eventIdsOf } from './event-fixtures.js';

/**
 * The one behaviour every EventStore adapter must show. Each adapter's spec calls this with a factory
 * for fresh stores; the suite closes every store it was given after each test.
 */
export function describeEventStoreConformance(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  options: ConformanceOptions = {},
): void {
  const resolved: Required<ConformanceOptions> = {
    emptyOnCreate: options.emptyOnCreate ?? true,
    crossStreamIdempotency: options.crossStreamIdempotency ?? true,
    idPrefix: options.idPrefix ?? 'conf',
    propertyRuns: options.propertyRuns ?? 20,
  };
  let current: StoreUnderTest | null = null;
  let opened: EventStore[] = [];
  let testNumber = 0;
  let fixtures = createEventFixtures(resolved.idPrefix);

  const track = async (): Promise<StoreUnderTest> => {
    const sut = await makeStore();
    opened.push(sut.store);
    return sut;
  };

  const ctx: ConformanceContext = {
    options: resolved,
    store: () => {
      if (!current) throw new Error('no store: the suite creates one before each test');
      return current.store;
    },
    another: async () => {
      if (!current?.openAnother) return ctx.store();
      const other = await current.openAnother();
      opened.push(other);
      return other;
    },
    fresh: track,
    fixtures: () => fixtures,
  };

  describe(`EventStore conformance: ${name}`, () => {
    beforeEach(async () => {
      fixtures = createEventFixtures(`${resolved.idPrefix}-t${testNumber++}`);
      current = await track();
    });
    afterEach(async () => {
      const closing = opened;
      opened = [];
      current = null;
      await Promise.all(closing.map((s) => s.close()));
    });

    describeAppendCases(ctx);
    describeAtomicAppendCases(ctx);
    describeReadCases(ctx);
    describeSubscriptionCases(ctx);
    describeConcurrencyCases(ctx);
  });
}
