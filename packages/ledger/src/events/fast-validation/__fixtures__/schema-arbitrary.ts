import fc from 'fast-check';
import type { z } from 'zod';
import { checkDefOf, defOf, type CheckDef, type SchemaDef } from '../zod-defs.js';

/**
 * Values for a zod schema, derived from its definition like the compiler derives its checks: mostly
 * valid, with noise where asked (junk at any depth, extra keys, an own "__proto__", padding that a
 * trim would remove, astral characters that count as one code point), to try to break the fast path.
 */
export function arbitraryFor(schema: z.core.$ZodType, noisy: boolean): fc.Arbitrary<unknown> {
  const valid = validFor(defOf(schema), noisy);
  return noisy ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: junk }) : valid;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    null,
    NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 53,
    1.5,
    '',
    ' ',
    ' x',
    'x ',
    '😀',
    '😀😀😀',
    [],
    {},
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const checksOf = (def: SchemaDef): CheckDef[] => [
  ...(def.check ? [def as unknown as CheckDef] : []),
  ...(def.checks ?? []).map(checkDefOf),
];
const find = (checks: CheckDef[], name: string) => checks.find((c) => c.check === name);

function stringFor(def: SchemaDef, noisy: boolean): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = find(checks, 'min_length')?.minimum ?? 0;
  const max = Math.min(find(checks, 'max_length')?.maximum ?? 30, 30);
  const pattern = find(checks, 'string_format')?.pattern;
  // fast-check cannot generate from lookaheads; without them the pattern allows more, which only adds refusals.
  const base = pattern
    ? fc.stringMatching(new RegExp(pattern.source.replace(/\(\?[!=][^)]*\)/g, ''), pattern.flags))
    : noisy
      ? fc.string({ minLength: min, maxLength: max, unit: 'grapheme' })
      : fc
          .string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
          .map((s) => s.trim())
          .filter((s) => s.length >= min);
  if (!noisy) return base;
  return fc.oneof(
    { weight: 4, arbitrary: base },
    { weight: 1, arbitrary: base.map((s) => ` ${s}`) },
    { weight: 1, arbitrary: base.map((s) => `${s}😀`) },
  );
}

function numberFor(def: SchemaDef, noisy: boolean): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = find(checks, 'greater_than');
  const upper = find(checks, 'less_than');
  // Noisy values reach just past the bounds.
  const slack = noisy ? 2 : 0;
  const min = typeof lower?.value === 'number' ? lower.value + (lower.inclusive ? 0 : 1) - slack : -1e6;
  const max = typeof upper?.value === 'number' ? upper.value - (upper.inclusive ? 0 : 1) + slack : 1e6;
  return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
}

function objectFor(shape: Readonly<Record<string, z.core.$ZodType>>, noisy: boolean): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, arbitraryFor(schema, noisy)]));
  const requiredKeys = Object.entries(shape)
    .filter(([, s]) => s._zod.optin !== 'optional')
    .map(([k]) => k);
  // Noisy objects may have a null prototype (fast-check's default), which zod does not hand back.
  const record = fc.record(fields, { requiredKeys, noNullPrototype: !noisy });
  if (!noisy) return record;
  const extra = fc.constantFrom('extra', '__proto__', 'constructor');
  return fc.oneof(
    { weight: 5, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc.tuple(record, extra, fc.jsonValue()).map(([value, key, v]) => {
        // defineProperty, so "__proto__" becomes an own key as JSON.parse makes it, not the prototype.
        Object.defineProperty(value, key, { value: v, enumerable: true, writable: true, configurable: true });
        return value;
      }),
    },
  );
}

function validFor(def: SchemaDef, noisy: boolean): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'string':
      return stringFor(def, noisy);
    case 'number':
      return numberFor(def, noisy);
    case 'unknown':
      return fc.jsonValue();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!, noisy), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, noisy), { nil: null });
    case 'array': {
      const checks = checksOf(def);
      const minLength = find(checks, 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(find(checks, 'max_length')?.maximum ?? 4, 4);
      return fc.array(arbitraryFor(def.element!, noisy), {
        minLength: noisy ? 0 : minLength,
        maxLength: Math.max(minLength, maxLength),
      });
    }
    case 'union':
      return fc.oneof(...def.options!.map((o) => arbitraryFor(o, noisy)));
    case 'object':
      return objectFor(def.shape!, noisy);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue(), { maxKeys: 4, noNullPrototype: !noisy });
    default:
      throw new Error(`no arbitrary for zod type ${def.type}`);
  }
}
