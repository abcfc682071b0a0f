import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.js';
import { add, allocate, moneyOf, percentOf, subtract, sum, toCanonical, ZERO, type Money } from './money.js';
import { parseMoney } from './parse.js';

const parsed = (input: string, locale?: 'auto' | 'plain' | 'nl'): string => {
  const r = parseMoney(input, locale);
  if (!r.ok) throw new Error(r.reason);
  return toCanonical(r.value);
};
const refused = (input: string, locale?: 'auto' | 'plain' | 'nl'): string => {
  const r = parseMoney(input, locale);
  if (r.ok) throw new Error(`expected "${input}" to be refused, got ${toCanonical(r.value)}`);
  return r.reason;
};

/** Whole cents as a bigint, the independent oracle the properties compare with. */
const cents = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n });
const centsToString = (c: bigint): string => {
  const sign = c < 0n ? '-' : '';
  const a = c < 0n ? -c : c;
  const whole = a / 100n;
  const frac = a % 100n;
  const fracText = frac === 0n ? '' : `.${frac.toString().padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${whole}${fracText}`;
};

describe('parseMoney', () => {
  it('reads plain notation', () => {
    expect(parsed('1234.56')).toBe('1234.56');
    expect(parsed('-50')).toBe('-50');
    expect(parsed('0.10')).toBe('0.1');
    expect(parsed('  250000 ')).toBe('250000');
  });

  it('reads Dutch notation as printed in council documents', () => {
    expect(parsed('€ 1.234,56')).toBe('1234.56');
    expect(parsed('1.900.000')).toBe('1900000');
    expect(parsed('€ 350.000')).toBe('350000');
    expect(parsed('€\u00a0106.600')).toBe('106600');
    expect(parsed('-€ 646.765')).toBe('-646765');
    expect(parsed('€ -4.436.005')).toBe('-4436005');
    expect(parsed('€ 250.000,-')).toBe('250000');
    expect(parsed('12,5')).toBe('12.5');
  });

  it('reads a single thousands dot as Dutch only where the context is Dutch', () => {
    expect(refused('1.234')).toMatch(/ambiguous/);
    expect(parsed('1.234', 'nl')).toBe('1234');
    expect(parsed('€ 1.234')).toBe('1234');
    expect(refused('1,234')).toMatch(/ambiguous/);
  });

  it('refuses more than two decimals, garbage and mixed notations', () => {
    expect(refused('1.234', 'plain')).toMatch(/more than 2 decimals/);
    expect(refused('0.001')).toMatch(/more than 2 decimals/);
    expect(refused('1,234.56')).toMatch(/not an amount/);
    expect(refused('12.34.56')).toMatch(/not an amount/);
    expect(refused('1e6')).toMatch(/not an amount/);
    expect(refused('')).toMatch(/not an amount/);
    expect(refused('€')).toMatch(/not an amount/);
    expect(refused('--5')).toMatch(/not an amount/);
    expect(refused('P.M.')).toMatch(/not an amount/);
    expect(refused('NaN')).toMatch(/not an amount/);
    expect(refused('1.000,5,5')).toMatch(/not an amount/);
    // Trailing zeros count as written: a third decimal is never silently dropped.
    expect(refused('€ 1487.230')).toMatch(/more than 2 decimals/);
    expect(refused('0.100')).toMatch(/more than 2 decimals/);
    expect(refused('1.234,560')).toMatch(/more than 2 decimals/);
    expect(parsed('1.50')).toBe('1.5');
  });

  it('round-trips every amount through its canonical and its Dutch form', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const canonical = centsToString(c);
        expect(parsed(canonical)).toBe(canonical);
        const dutch = formatMoney(moneyOf(canonical), { locale: 'nl', euroSign: true });
        expect(parsed(dutch)).toBe(canonical);
      }),
    );
  });
});

describe('parseMoney on negative amounts as documents print them', () => {
  it('refuses a Unicode minus, parentheses and a trailing minus, each saying how to write it', () => {
    expect(refused('−384000')).toMatch(/typographic minus.*ASCII minus "-"/);
    expect(refused('(384.000)')).toMatch(/parentheses: write it with a minus in front/);
    expect(refused('€ 384.000-')).toMatch(/minus after the amount: put it in front/);
  });
  it('quotes the accepted forms in every "not an amount"', () => {
    expect(refused('veel')).toContain('amounts look like "1234.56", "-384000", "€ 1.234,56"');
  });
});

describe('parseMoney in thousands (bedragen × € 1.000)', () => {
  const inThousands = (input: string, locale: 'auto' | 'plain' | 'nl' = 'auto') => {
    const r = parseMoney(input, locale, { unit: 'thousands' });
    return r.ok ? toCanonical(r.value) : `refused: ${r.reason}`;
  };
  it('given "-384" in thousands, stores −384000 euros, never 384', () => {
    expect(inThousands('-384')).toBe('-384000');
    expect(inThousands('€ 1.234,5')).toBe('1234500');
    expect(inThousands('12,345', 'nl')).toBe('12345');
    expect(inThousands('0.00001')).toBe('0.01');
  });
  it('refuses what would be a fraction of a cent, and what is ambiguous', () => {
    expect(inThousands('0.000001')).toMatch(/refused: more than 5 decimals \(of thousands/);
    expect(inThousands('1.234')).toMatch(/refused: ambiguous/);
  });
  it('equals the euro figure times 1000 for any amount with up to 5 decimals', () => {
    fc.assert(
      fc.property(cents, (c) => {
        // c cents of euros written in thousands: move the point three places left.
        const euros = centsToString(c);
        const sign = c < 0n ? '-' : '';
        const abs = (c < 0n ? -c : c).toString().padStart(6, '0');
        const thousands = `${sign}${abs.slice(0, -5)}.${abs.slice(-5)}`;
        expect(inThousands(thousands, 'plain')).toBe(euros);
      }),
    );
  });
});

describe('money arithmetic', () => {
  it('sums exactly, where binary floats do not', () => {
    expect(toCanonical(add(moneyOf('0.1'), moneyOf('0.2')))).toBe('0.3');
    expect(toCanonical(sum(['250000', '500000', '1000000', '150000'].map(moneyOf)))).toBe('1900000');
  });

  it('agrees with integer cent arithmetic for any list of amounts', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 50 }), (list) => {
        const expected = list.reduce((a, b) => a + b, 0n);
        expect(toCanonical(sum(list.map((c) => moneyOf(centsToString(c)))))).toBe(centsToString(expected));
      }),
    );
  });

  it('is commutative and associative, with subtraction as the inverse of addition', () => {
    fc.assert(
      fc.property(cents, cents, cents, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((v) => moneyOf(centsToString(v))) as [Money, Money, Money];
        expect(toCanonical(add(x, y))).toBe(toCanonical(add(y, x)));
        expect(toCanonical(add(add(x, y), z))).toBe(toCanonical(add(x, add(y, z))));
        expect(toCanonical(subtract(add(x, y), y))).toBe(toCanonical(x));
      }),
    );
  });

  it('never produces -0', () => {
    expect(toCanonical(subtract(moneyOf('5'), moneyOf('5')))).toBe('0');
    expect(toCanonical(ZERO)).toBe('0');
  });

  it('takes percentages with an explicit rounding rule', () => {
    expect(toCanonical(percentOf(moneyOf('1900000'), '7', 'half-away-from-zero'))).toBe('133000');
    expect(toCanonical(percentOf(moneyOf('0.5'), '5', 'half-away-from-zero'))).toBe('0.03');
    expect(toCanonical(percentOf(moneyOf('0.5'), '5', 'half-even'))).toBe('0.02');
    expect(toCanonical(percentOf(moneyOf('-0.5'), '5', 'half-away-from-zero'))).toBe('-0.03');
    expect(toCanonical(percentOf(moneyOf('0.5'), '5', 'down'))).toBe('0.02');
  });

  it('allocates without losing or inventing a cent', () => {
    fc.assert(
      fc.property(cents, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), (c, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = allocate(moneyOf(centsToString(c)), weights);
        expect(toCanonical(sum(parts))).toBe(centsToString(c));
        weights.forEach((w, i) => w === 0 && expect(toCanonical(parts[i]!)).toBe('0'));
      }),
    );
  });
});

describe('formatMoney', () => {
  it('rounds half away from zero, only for display', () => {
    expect(formatMoney(moneyOf('2.5'), { decimals: 0 })).toBe('3');
    expect(formatMoney(moneyOf('-2.5'), { decimals: 0 })).toBe('-3');
    expect(formatMoney(moneyOf('0.05'), { decimals: 1 })).toBe('0.1');
    expect(formatMoney(moneyOf('-0.4'), { decimals: 0 })).toBe('0');
  });

  it('writes Dutch grouping and decimal commas', () => {
    expect(formatMoney(moneyOf('1900000'), { locale: 'nl', decimals: 0, euroSign: true })).toBe('€ 1.900.000');
    expect(formatMoney(moneyOf('-646765'), { locale: 'nl', decimals: 2 })).toBe('-646.765,00');
    expect(formatMoney(moneyOf('1234.5'))).toBe('1234.50');
  });

  it('leaves the grouping out on request, for files a machine reads (Dutch CSV)', () => {
    expect(formatMoney(moneyOf('-1900000.5'), { locale: 'nl', grouping: false })).toBe('-1900000,50');
    expect(formatMoney(moneyOf('999'), { locale: 'nl', grouping: false })).toBe('999,00');
  });
});

describe('the canonical form stored in events', () => {
  it('is exactly what toCanonical produces, for any amount', async () => {
    const { CANONICAL_FORM } = await import('./schema.js');
    fc.assert(
      fc.property(cents, (c) => {
        expect(CANONICAL_FORM.test(toCanonical(moneyOf(centsToString(c))))).toBe(true);
      }),
    );
    for (const bad of ['-0', '1.50', '01', '1.', '.5', '1.0', '1.234', '+1', '1e3', ' 1', '-0.0'])
      expect(CANONICAL_FORM.test(bad)).toBe(false);
    for (const good of ['0', '-0.5', '0.05', '1900000', '-646765', '1234.5'])
      expect(CANONICAL_FORM.test(good)).toBe(true);
  });
});
