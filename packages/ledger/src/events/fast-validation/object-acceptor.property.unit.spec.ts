import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventCatalogue } from '../catalogue.js';
import { eventMetadataSchema } from '../metadata.js';
import { arbitraryFor } from './__fixtures__/schema-arbitrary.js';
import { compileAcceptor } from './compile-acceptor.js';
import { generatedAcceptor, loopAcceptor, type ObjectField } from './object-acceptor.js';
import { ACCEPT, REJECT, UNKNOWN } from './verdict.js';

const fieldsOf = (shape: Record<string, z.core.$ZodType>): ObjectField[] =>
  Object.entries(shape).map(([key, schema]) => ({
    key,
    accept: compileAcceptor(schema),
    mayBeAbsent: schema._zod.optin === 'optional',
  }));

describe('the generated object acceptor and the loop it replaces decide alike', () => {
  const schemas: Array<[string, z.ZodObject]> = [
    ['metadata', eventMetadataSchema],
    ['MeasureRegistered', eventCatalogue.MeasureRegistered.schema],
    ['CostRealised', eventCatalogue.CostRealised.schema],
  ];
  for (const [name, schema] of schemas) {
    it(`on ${name} values with noise`, () => {
      const fields = fieldsOf(schema.shape);
      const [generated, loop] = [generatedAcceptor(fields), loopAcceptor(fields)];
      fc.assert(
        fc.property(arbitraryFor(schema, true), (value) => {
          expect(generated(value)).toBe(loop(value));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('keys that are not identifiers stay string literals in the generated code', () => {
    const shape = { 'we"ird\\key': z.string(), "x'); throw 1; ('": z.number().optional(), '\n': z.string() };
    const generated = generatedAcceptor(fieldsOf(shape));
    expect(generated({ 'we"ird\\key': 'a', '\n': 'b' })).toBe(ACCEPT);
    expect(generated({ 'we"ird\\key': 'a', '\n': 'b', "x'); throw 1; ('": 1 })).toBe(ACCEPT);
    expect(generated({ 'we"ird\\key': 'a' })).toBe(REJECT);
    expect(generated({ 'we"ird\\key': 'a', '\n': 'b', extra: 1 })).toBe(UNKNOWN);
  });
});
