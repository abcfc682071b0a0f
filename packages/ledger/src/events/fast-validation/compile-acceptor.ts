import type { z } from 'zod';
import { compileCheck, compileChecks, type ValueCheck } from './compile-checks.js';
import { ACCEPT, firstNonAccept, REJECT, UNKNOWN, type Acceptor, type Verdict } from './verdict.js';
import { isPlainPrototype, objectAcceptor, type ObjectField } from './object-acceptor.js';
import { defOf, type CheckDef, type SchemaDef } from './zod-defs.js';

/**
 * Compiles a zod schema into an Acceptor: a plain function that says, for the schema features the
 * event catalogue uses, whether zod would accept a value unchanged. Anything it does not know makes it
 * answer UNKNOWN, so zod stays the judge of everything outside the fast path (see docs/event-validation.md).
 */
export function compileAcceptor(schema: z.core.$ZodType): Acceptor {
  return compile(schema) ?? (() => UNKNOWN);
}

function compile(schema: z.core.$ZodType): Acceptor | null {
  const def = defOf(schema);
  if (def.coerce) return null;
  const base = compileType(def);
  // A string format (z.iso.date()) is its own first check.
  const own = def.check === undefined ? [] : [compileCheck(def as unknown as CheckDef)];
  const rest = compileChecks(def.checks);
  if (!base || own.includes(null) || !rest) return null;
  const checks: readonly ValueCheck[] = [...(own as ValueCheck[]), ...rest];
  if (checks.length === 0) return base;
  return (value) => {
    const verdict = base(value);
    return verdict === ACCEPT ? firstNonAccept(checks, value) : verdict;
  };
}

const compileAll = (schemas: readonly z.core.$ZodType[]): Acceptor[] | null => {
  const compiled = schemas.map(compile);
  return compiled.includes(null) ? null : (compiled as Acceptor[]);
};

/** The worst of a list of verdicts: one REJECT refuses the whole, else one UNKNOWN leaves it to zod. */
function allOf(accept: Acceptor, values: readonly unknown[]): Verdict {
  let verdict: Verdict = ACCEPT;
  for (const value of values) {
    const v = accept(value);
    if (v === REJECT) return REJECT;
    if (v === UNKNOWN) verdict = UNKNOWN;
  }
  return verdict;
}

function compileType(def: SchemaDef): Acceptor | null {
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? ACCEPT : REJECT);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? ACCEPT : REJECT);
    case 'unknown':
      return () => ACCEPT;
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((x) => typeof x === 'string')) return null;
      const set = new Set<unknown>(values);
      return (v) => (set.has(v) ? ACCEPT : REJECT);
    }
    case 'literal': {
      const set = new Set<unknown>(def.values ?? []);
      return (v) => (set.has(v) ? ACCEPT : REJECT);
    }
    case 'optional':
    case 'nullable': {
      const inner = def.innerType && compile(def.innerType);
      if (!inner) return null;
      const empty = def.type === 'optional' ? undefined : null;
      return (v) => (v === empty ? ACCEPT : inner(v));
    }
    case 'array': {
      const element = def.element && compile(def.element);
      if (!element) return null;
      return (v) => (Array.isArray(v) ? allOf(element, v) : REJECT);
    }
    case 'union': {
      // Exclusive unions (z.xor) fail on two matches; those are zod's to judge. A discriminated union
      // is marked exclusive too, but picks its option by the tag (see compileUnion).
      const { inclusive, discriminator } = def as { inclusive?: boolean; discriminator?: string };
      if (inclusive === false && discriminator === undefined) return null;
      const options = def.options && compileAll(def.options);
      return options ? compileUnion(options) : null;
    }
    case 'object':
      return compileObject(def);
    case 'record':
      return compileRecord(def);
    default:
      return null;
  }
}

/**
 * zod returns the first option that succeeds, so an option's ACCEPT counts only when every earlier
 * option surely fails. A discriminated union picks its option by the tag instead, which comes to the
 * same: the options' tags are distinct literals, so the others fail on the tag.
 */
function compileUnion(options: readonly Acceptor[]): Acceptor {
  return (v) => {
    for (const option of options) {
      const verdict = option(v);
      if (verdict !== REJECT) return verdict;
    }
    return REJECT;
  };
}

// zod builds its output on a fresh {}, so only a value with that same prototype is returned unchanged.
function compileObject(def: SchemaDef): Acceptor | null {
  // catchall (strict, passthrough) changes what extra keys do; and a shape key that is also a member of
  // Object.prototype ("constructor") would make zod's "key in input" differ from an own-key test.
  if (def.catchall || !def.shape) return null;
  const fields: ObjectField[] = [];
  for (const [key, schema] of Object.entries(def.shape)) {
    const accept = compile(schema);
    const { optin, optout } = schema._zod;
    if (!accept || key in Object.prototype || (optin === 'optional') !== (optout === 'optional')) return null;
    fields.push({ key, accept, mayBeAbsent: optin === 'optional' });
  }
  return objectAcceptor(fields);
}

function compileRecord(def: SchemaDef): Acceptor | null {
  // Only records keyed by any string: other key schemas filter or rename keys.
  const keyDef = def.keyType && defOf(def.keyType);
  const value = def.valueType && compile(def.valueType);
  if (!keyDef || keyDef.type !== 'string' || (keyDef.checks?.length ?? 0) > 0 || keyDef.check || !value) return null;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECT;
    // zod drops an own "__proto__" key from its output.
    if (!isPlainPrototype(v) || Object.hasOwn(v, '__proto__')) return UNKNOWN;
    return allOf(value, Object.values(v));
  };
}
