import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonical } from './money.js';
import { parseMoney } from './parse.js';
import { CANONICAL_FORM, moneyInputSchema } from './schema.js';

/** A canonical amount from a number of cents: no leading zeros, no trailing decimal zero, no -0. */
const canonicalOf = (cents: bigint): string => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  const fraction = String(abs % 100n)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${abs / 100n}${fraction ? `.${fraction}` : ''}`;
};

describe('moneyInputSchema', () => {
  it('gives a canonical amount back unchanged, exactly what the full parser makes of it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const text = canonicalOf(cents);
        expect(text).toMatch(CANONICAL_FORM);
        const parsed = parseMoney(text);
        expect(parsed.ok && toCanonical(parsed.value)).toBe(text);
        expect(moneyInputSchema.parse(text)).toBe(text);
      }),
    );
  });

  it('still parses every other notation: Dutch, grouped, with a euro sign, trailing zeros', () => {
    expect(moneyInputSchema.parse('€ 1.234,50')).toBe('1234.5');
    expect(moneyInputSchema.parse('1.900.000')).toBe('1900000');
    expect(moneyInputSchema.parse('€ 250.000,-')).toBe('250000');
    expect(moneyInputSchema.parse('12.50')).toBe('12.5');
    expect(moneyInputSchema.safeParse('1.234').success).toBe(false);
  });
});
