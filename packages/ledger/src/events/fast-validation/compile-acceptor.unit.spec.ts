import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileAcceptor } from './compile-acceptor.js';
import { ACCEPT, REJECT, UNKNOWN } from './verdict.js';

describe('compileAcceptor: each way a value could slip past zod, tried', () => {
  const text = compileAcceptor(z.string().trim().min(1).max(3));

  it('a string zod would trim is left to zod, which returns another value', () => {
    expect(text('abc')).toBe(ACCEPT);
    expect(text(' ab')).toBe(UNKNOWN);
  });

  it('lengths count code points, as zod does: three emoji fit in max 3, four do not', () => {
    expect(text('😀😀😀')).toBe(ACCEPT);
    expect(text('😀😀😀😀')).toBe(REJECT);
    expect(compileAcceptor(z.string().min(2))('😀')).toBe(REJECT);
  });

  it('keys zod would strip leave it to zod; so does an own "__proto__" key', () => {
    const point = compileAcceptor(z.object({ x: z.number() }));
    expect(point({ x: 1 })).toBe(ACCEPT);
    expect(point({ x: 1, y: 2 })).toBe(UNKNOWN);
    expect(point(JSON.parse('{"x":1,"__proto__":{"polluted":true}}'))).toBe(UNKNOWN);
    expect(point(Object.assign(Object.create(null), { x: 1 }))).toBe(UNKNOWN);
  });

  it('a missing required key, a wrong type or a non-finite number is refused', () => {
    const point = compileAcceptor(z.object({ x: z.number(), label: z.string().optional() }));
    expect(point({})).toBe(REJECT);
    expect(point({ x: '1' })).toBe(REJECT);
    expect(point({ x: NaN })).toBe(REJECT);
    expect(point({ x: Infinity })).toBe(REJECT);
    expect(point({ x: 1, label: undefined })).toBe(ACCEPT);
    expect(point([1])).toBe(REJECT);
  });

  it('integer bounds and safe integers', () => {
    const year = compileAcceptor(z.number().int().min(1990).max(2200));
    expect([year(1990), year(2200), year(1989), year(2201), year(2000.5)]).toEqual([
      ACCEPT,
      ACCEPT,
      REJECT,
      REJECT,
      REJECT,
    ]);
  });

  it('a union counts an option only when every earlier option surely fails', () => {
    // The first option would accept " x" after trimming, so a later option's ACCEPT must not win.
    const either = compileAcceptor(z.union([z.string().trim().min(1), z.string()]));
    expect(either('x')).toBe(ACCEPT);
    expect(either(' x')).toBe(UNKNOWN);
    expect(either(5)).toBe(REJECT);
  });

  it('refinements run as in zod, after the value itself is accepted', () => {
    const status = compileAcceptor(
      z
        .object({ rag: z.string().optional(), lifecycle: z.string().optional() })
        .refine((d) => d.rag !== undefined || d.lifecycle !== undefined),
    );
    expect(status({ rag: 'green' })).toBe(ACCEPT);
    expect(status({})).toBe(REJECT);
  });

  it('features the compiler does not know are always left to zod', () => {
    for (const schema of [
      z.email(),
      z.string().transform((s) => s.length),
      z.string().default('x'),
      z.object({ a: z.string() }).strict(),
      z.date(),
    ]) {
      expect(compileAcceptor(schema)('someone@example.org')).toBe(UNKNOWN);
    }
  });
});
