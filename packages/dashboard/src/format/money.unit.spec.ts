import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchCsvAmount, formatEuro } from './money.js';

describe('formatEuro', () => {
  it('prints the Hoogeveen year slices as Dutch readers expect', () => {
    expect(['250000', '750000', '1750000', '1900000'].map(formatEuro)).toEqual([
      '€ 250.000',
      '€ 750.000',
      '€ 1.750.000',
      '€ 1.900.000',
    ]);
  });

  it('keeps cents when there are any, and the sign of a deficit', () => {
    expect(formatEuro('99702.5')).toBe('€ 99.702,50');
    expect(formatEuro('-646765')).toBe('€ -646.765');
    expect(formatEuro('0')).toBe('€ 0');
  });

  it('never turns a marker into a number', () => {
    expect(formatEuro('PM')).toBe('PM');
    expect(formatEuro('not-attributable')).toBe('not-attributable');
  });

  it('loses no digit on amounts beyond a float’s exact range (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
        const amount = `${euros}.${String(cents).padStart(2, '0')}`;
        const printed = formatEuro(amount);
        const digits = printed.replace(/[^\d]/g, '');
        expect(digits).toBe(cents === 0 ? `${euros}` : `${euros}${String(cents).padStart(2, '0')}`);
      }),
    );
  });
});

describe('dutchCsvAmount', () => {
  it('writes a decimal comma and no grouping, and passes markers through', () => {
    expect(dutchCsvAmount('1900000')).toBe('1900000');
    expect(dutchCsvAmount('99702.5')).toBe('99702,50');
    expect(dutchCsvAmount('-12.34')).toBe('-12,34');
    expect(dutchCsvAmount('P.M.')).toBe('P.M.');
  });
});
