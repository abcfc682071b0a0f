import fc from 'fast-check';
import { moneyOf, sum, subtract, toCanonical } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { fromCents, minus, sumStrings, toCents } from './money-sum.js';

const canonical = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).map(fromCents);

describe('money sums in cents', () => {
  it('agree with the ledger money type for any amounts', () => {
    fc.assert(
      fc.property(fc.array(canonical, { maxLength: 30 }), canonical, (list, other) => {
        expect(sumStrings(list)).toBe(toCanonical(sum(list.map(moneyOf))));
        expect(minus(other, sumStrings(list))).toBe(toCanonical(subtract(moneyOf(other), sum(list.map(moneyOf)))));
        expect(toCents(other)).toBe(BigInt(moneyOf(other).value.times(100).toFixed()));
      }),
    );
  });
  it('write canonical strings', () => {
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(-50n)).toBe('-0.5');
    expect(fromCents(0n)).toBe('0');
    expect(sumStrings(['0.1', '0.2'])).toBe('0.3');
    expect(minus('5', '5')).toBe('0');
    expect(sumStrings(['250000', '500000', '1000000', '150000'])).toBe('1900000');
  });
});
