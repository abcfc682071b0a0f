import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

/**
 * The object case as first written (entries, filter, sort, map, join): the hashes of stored events depend
 * on it. Leaves (strings, booleans, numbers, null and what is refused) did not change and go through
 * canonicalJson itself.
 */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return canonicalJson(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

const outcome = (f: (v: unknown) => string, value: unknown) => {
  try {
    return { text: f(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('canonicalJson', () => {
  it('writes every value exactly as the plain definition does, or refuses it with the same error', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('a', 'B', 'é', '\u{1F600}', '10', '2', '__proto__x'));
    const leaf = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.maxSafeInteger(),
      fc.double(),
    );
    const tree = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
    })).value;
    fc.assert(
      fc.property(tree, (value) => {
        expect(outcome(canonicalJson, value)).toEqual(outcome(reference, value));
      }),
      {
        numRuns: 2000,
      },
    );
  });

  it('sorts keys by UTF-16 code units and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null], é: 'x', Z: undefined, '\u{1F600}': 2, '\uFFFF': 3 })).toBe(
      '{"a":[true,null],"b":1,"é":"x","\u{1F600}":2,"\uFFFF":3}',
    );
  });
});
