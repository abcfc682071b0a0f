import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { hashEventV2, v2Body, type HashInputV2 } from './hash.js';

/** Scheme 2 as first written: the object, canonicalised whole, hashed through a Hash object. */
const referenceBody = (e: HashInputV2) =>
  canonicalJson({
    scheme: 2,
    eventId: e.eventId,
    streamId: e.streamId,
    revision: e.revision,
    type: e.type,
    version: e.version,
    data: e.data,
    metadata: e.metadata,
    batchStart: e.batchStart,
    batchSize: e.batchSize,
  });
const referenceHash = (previous: string, e: HashInputV2) =>
  createHash('sha256').update(previous).update('\n').update(referenceBody(e)).digest('hex');

const outcome = (f: () => string) => {
  try {
    return { text: f() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const event = fc.record({
  eventId: fc.oneof(fc.string(), fc.constant('é\u{1F600}"\\')),
  streamId: fc.string(),
  revision: fc.oneof(fc.nat(), fc.double()),
  type: fc.string(),
  version: fc.integer({ min: 1, max: 9 }),
  data: fc.oneof(json, fc.constant(undefined)),
  metadata: fc.oneof(json, fc.constant(undefined)),
  batchStart: fc.nat(),
  batchSize: fc.integer({ min: 1, max: 100 }),
}) as fc.Arbitrary<HashInputV2>;

describe('hashEventV2', () => {
  it('hashes the same bytes as the canonical JSON of the whole scheme-2 object, or refuses alike', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant('0'.repeat(64)), fc.string()), event, (previous, e) => {
        expect(outcome(() => v2Body(e))).toEqual(outcome(() => referenceBody(e)));
        expect(outcome(() => hashEventV2(previous, e))).toEqual(outcome(() => referenceHash(previous, e)));
      }),
      { numRuns: 500 },
    );
  });
});
