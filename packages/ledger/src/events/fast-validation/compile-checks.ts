import { z } from 'zod';
import { ACCEPT, REJECT, UNKNOWN, type Verdict } from './verdict.js';
import { checkDefOf, type CheckDef } from './zod-defs.js';

/** A check on a value whose type (string, number or array) has already been verified, hence the casts below. */
export type ValueCheck = (value: unknown) => Verdict;
type Sized = string | readonly unknown[];

// The string formats whose zod check is exactly "the pattern matches"; other formats (url, jwt, ...)
// carry code of their own, so the compiler leaves them to zod.
const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime']);
// zod measures strings in code points, not UTF-16 units.
const codePoints = (s: string): number => z.core.util.codePointLength(s);

// Length checks carry zod's own condition "the value has a length", which a type-checked value has.
const LENGTH_CHECKS = new Set(['min_length', 'max_length']);

export function compileCheck(def: CheckDef): ValueCheck | null {
  if (def.when !== undefined && !LENGTH_CHECKS.has(def.check)) return null;
  switch (def.check) {
    case 'overwrite': {
      // A trim that would change the value means zod's output differs from the stored value.
      const tx = def.tx;
      return tx ? (v) => (tx(v) === v ? ACCEPT : UNKNOWN) : null;
    }
    case 'min_length': {
      const min = def.minimum ?? 0;
      return (value) => {
        const v = value as Sized;
        return v.length < min
          ? REJECT
          : typeof v !== 'string' || v.length >= 2 * min || codePoints(v) >= min
            ? ACCEPT
            : REJECT;
      };
    }
    case 'max_length': {
      const max = def.maximum ?? Infinity;
      return (value) => {
        const v = value as Sized;
        return v.length <= max || (typeof v === 'string' && codePoints(v) <= max) ? ACCEPT : REJECT;
      };
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (!pattern || !def.format || !PATTERN_FORMATS.has(def.format)) return null;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? ACCEPT : REJECT;
      };
    }
    case 'number_format':
      return def.format === 'safeint' ? (v) => (Number.isSafeInteger(v) ? ACCEPT : REJECT) : null;
    case 'greater_than': {
      const { value: bound, inclusive } = def;
      if (typeof bound !== 'number') return null;
      return (v) => ((inclusive ? (v as number) >= bound : (v as number) > bound) ? ACCEPT : REJECT);
    }
    case 'less_than': {
      const { value: bound, inclusive } = def;
      if (typeof bound !== 'number') return null;
      return (v) => ((inclusive ? (v as number) <= bound : (v as number) < bound) ? ACCEPT : REJECT);
    }
    case 'custom': {
      // A refinement: truthy passes, as in zod; an async one is zod's to run.
      const fn = def.fn;
      if (!fn) return null;
      return (v) => {
        const result = fn(v);
        return result instanceof Promise ? UNKNOWN : result ? ACCEPT : REJECT;
      };
    }
    default:
      return null;
  }
}

/** Compiles a schema's checks, in zod's order; null when one of them is not understood. */
export function compileChecks(checks: readonly z.core.$ZodCheck[] | undefined): ValueCheck[] | null {
  const compiled: ValueCheck[] = [];
  for (const check of checks ?? []) {
    const step = compileCheck(checkDefOf(check));
    if (!step) return null;
    compiled.push(step);
  }
  return compiled;
}
