import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import zodPackage from 'zod/package.json' with { type: 'json' };
import ledgerPackage from '../../../package.json' with { type: 'json' };
import { EVENT_TYPES, eventCatalogue } from '../catalogue.js';
import { exampleMetadata, v1Examples } from '../__fixtures__/event-examples.js';
import { eventMetadataSchema } from '../metadata.js';
import { compileAcceptor } from './compile-acceptor.js';
import { ACCEPT } from './verdict.js';
import { checkDefOf, defOf } from './zod-defs.js';

/**
 * The fast validator reads zod's internals (`_zod.def`, `_zod.optin/optout`). When they change, the
 * compiler bails out and every event goes through zod: correct, but silently several times slower.
 * These tests make such a change fail loudly instead.
 */

// The schema types and checks the compiler knows (compile-acceptor.ts, compile-checks.ts).
const KNOWN_TYPES = new Set([
  'string',
  'number',
  'unknown',
  'enum',
  'literal',
  'optional',
  'nullable',
  'array',
  'union',
  'object',
  'record',
]);
const KNOWN_CHECKS = new Set([
  'overwrite',
  'min_length',
  'max_length',
  'string_format',
  'number_format',
  'greater_than',
  'less_than',
  'custom',
]);

/** Every schema reachable from a root through the def fields the compiler reads. */
function schemasUnder(root: z.core.$ZodType): z.core.$ZodType[] {
  const seen: z.core.$ZodType[] = [];
  const visit = (schema: z.core.$ZodType) => {
    if (seen.includes(schema)) return;
    seen.push(schema);
    const def = defOf(schema);
    for (const child of [def.innerType, def.element, def.keyType, def.valueType, def.catchall]) if (child) visit(child);
    for (const child of [...(def.options ?? []), ...Object.values(def.shape ?? {})]) visit(child);
  };
  visit(root);
  return seen;
}

const roots = [...EVENT_TYPES.map((type) => eventCatalogue[type].schema), eventMetadataSchema];

describe('the zod internals the fast validator reads', () => {
  it('come from the zod version pinned exactly in package.json', () => {
    expect(ledgerPackage.dependencies.zod).toMatch(/^\d+\.\d+\.\d+$/);
    expect(zodPackage.version).toBe(ledgerPackage.dependencies.zod);
  });

  it('have the shape it expects: a def with a known type on every schema, a named check on every check', () => {
    const schemas = roots.flatMap(schemasUnder);
    expect(schemas.length).toBeGreaterThan(50);
    for (const schema of schemas) {
      const def = defOf(schema);
      expect(KNOWN_TYPES, `schema type ${String(def.type)}`).toContain(def.type);
      expect(['optional', undefined], 'optin').toContain(schema._zod.optin);
      expect(['optional', undefined], 'optout').toContain(schema._zod.optout);
      if (def.type === 'object') expect(typeof def.shape).toBe('object');
      if (def.type === 'enum') expect(Object.values(def.entries ?? {}).length).toBeGreaterThan(0);
      if (def.type === 'optional' || def.type === 'nullable') expect(def.innerType).toBeDefined();
      if (def.type === 'array') expect(def.element).toBeDefined();
      if (def.type === 'union') expect(def.options?.length).toBeGreaterThan(1);
      for (const check of def.checks ?? []) expect(KNOWN_CHECKS, 'check').toContain(checkDefOf(check).check);
    }
  });

  it.each(EVENT_TYPES)('let the compiled fast path ACCEPT a valid %s, which zod accepts unchanged', (type) => {
    const schema = eventCatalogue[type].schema;
    const data = v1Examples[type];
    expect(schema.parse(data)).toEqual(data);
    expect(compileAcceptor(schema)(data)).toBe(ACCEPT);
  });

  it('let the compiled fast path ACCEPT valid metadata', () => {
    expect(eventMetadataSchema.parse(exampleMetadata)).toEqual(exampleMetadata);
    expect(compileAcceptor(eventMetadataSchema)(exampleMetadata)).toBe(ACCEPT);
  });
});
