import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventCatalogue } from '../catalogue.js';
import { eventMetadataSchema } from '../metadata.js';
import { arbitraryFor } from './__fixtures__/schema-arbitrary.js';
import { compileAcceptor } from './compile-acceptor.js';
import { ACCEPT, REJECT, type Verdict } from './verdict.js';

const schemas: Array<[string, z.core.$ZodType]> = [
  ...Object.entries(eventCatalogue).map(([type, d]): [string, z.core.$ZodType] => [type, d.schema]),
  ['metadata', eventMetadataSchema],
];

/** What the verdict must mean, judged by zod itself. */
function agreesWithZod(
  schema: z.core.$ZodType & { safeParse(v: unknown): { success: boolean; data?: unknown } },
  verdict: Verdict,
  value: unknown,
): void {
  const parsed = schema.safeParse(value);
  const unchanged = parsed.success && isDeepStrictEqual(parsed.data, value);
  // ACCEPT exactly when zod accepts the value as it is: never more (that would be a hole), never less
  // (that would be a fast path the catalogue's own events miss).
  expect(
    verdict === ACCEPT,
    `verdict ${verdict} for ${JSON.stringify(value)}; zod ${parsed.success ? 'accepts' : 'refuses'}`,
  ).toBe(unchanged);
  if (verdict === REJECT) expect(parsed.success).toBe(false);
}

describe('the compiled validator agrees with zod on every event schema', () => {
  for (const [name, schema] of schemas) {
    const accept = compileAcceptor(schema);
    const zodSchema = schema as Parameters<typeof agreesWithZod>[0];

    it(`${name}: on values built to be valid`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(arbitraryFor(schema, false), (value) => {
          const verdict = accept(value);
          if (verdict === ACCEPT) accepted++;
          agreesWithZod(zodSchema, verdict, value);
        }),
        { numRuns: 200 },
      );
      // Not vacuous: many built values are valid as they are (patterns without their lookaheads and
      // refinements aside), and for those the fast path is taken.
      expect(accepted).toBeGreaterThan(50);
    });

    it(`${name}: on values with noise at any depth`, () => {
      fc.assert(
        fc.property(arbitraryFor(schema, true), (value) => agreesWithZod(zodSchema, accept(value), value)),
        { numRuns: 400 },
      );
    });
  }
});
