import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, withMunicipality, type Route } from './route.js';

describe('routes in the hash', () => {
  it('reads a programme page with its "as known at"', () => {
    expect(parseHash('#/programma/hoogeveen-herontwerp?peil=berap-1-2026')).toEqual({
      route: { page: 'programme', id: 'hoogeveen-herontwerp' },
      asOf: 'berap-1-2026',
    });
  });

  it('given a programme link from the list, then it names the municipality, and only on programme pages', () => {
    const href = hrefOf({ page: 'measure', id: 'x', measureId: 'm1' }, undefined, 'GM0106');
    expect(href).toBe('#/programma/x/maatregel/m1?gemeente=GM0106');
    expect(parseHash(href)).toEqual({
      route: { page: 'measure', id: 'x', measureId: 'm1' },
      asOf: undefined,
      municipality: 'GM0106',
    });
    expect(hrefOf({ page: 'programmes' }, undefined, 'GM0106')).toBe('#/');
    expect(parseHash('#/?gemeente=GM0106')).toEqual({ route: { page: 'programmes' }, asOf: undefined });
  });

  it('given an ambiguous programme id, then a choice keeps the page and its "as known at" and names the municipality', () => {
    expect(withMunicipality('#/programma/z/maatregel/m1?peil=2024-01-31', 'GM0106')).toBe(
      '#/programma/z/maatregel/m1?peil=2024-01-31&gemeente=GM0106',
    );
    expect(withMunicipality('#/programma/z?gemeente=GM0118', 'GM0106')).toBe('#/programma/z?gemeente=GM0106');
  });

  it('sends anything unknown to not-found and the empty hash to the programmes', () => {
    expect(parseHash('#/elders').route).toEqual({ page: 'not-found' });
    expect(parseHash('').route).toEqual({ page: 'programmes' });
  });

  it('reads back every link it writes (property)', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
    const asOf = fc.option(fc.constantFrom('2024-01-31', 'berap-2-2021', '2021-04-30T12:00:00Z'), { nil: undefined });
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ page: 'programmes' as const }),
      id.map((i) => ({ page: 'programme' as const, id: i })),
      fc.tuple(id, id).map(([i, m]) => ({ page: 'measure' as const, id: i, measureId: m })),
      fc.tuple(id, asOf, asOf).map(([i, from, to]) => ({ page: 'compare' as const, id: i, from, to })),
      id.map((i) => ({ page: 'reconciliation' as const, id: i })),
      id.map((i) => ({ page: 'print' as const, id: i })),
      fc
        .tuple(id, fc.option(fc.integer({ min: 1990, max: 2200 }), { nil: undefined }))
        .map(([code, from]) => ({ page: 'municipality' as const, code, from, to: undefined })),
    );
    fc.assert(
      fc.property(route, asOf, (r, a) => {
        expect(parseHash(hrefOf(r, a))).toEqual({ route: r, asOf: a });
      }),
    );
  });
});
