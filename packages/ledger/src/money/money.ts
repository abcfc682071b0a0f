import { Decimal, type Rounding } from './decimal.js';

declare const moneyBrand: unique symbol;

/** An exact amount of euros with at most two decimals. Never a JS number. */
export type Money = { readonly [moneyBrand]: true; readonly value: Decimal };

/** The canonical decimal string stored in events: no exponent, no trailing zeros, no "-0". */
export type MoneyString = string;

const make = (value: Decimal): Money => ({ value: value.isZero() ? new Decimal(0) : value }) as Money;

export const ZERO: Money = make(new Decimal(0));

/** Builds money from a canonical string; throws only on programmer error (use parseMoney for input). */
export function moneyOf(canonical: MoneyString): Money {
  if (!CANONICAL.test(canonical)) throw new TypeError(`not a canonical money string: ${canonical}`);
  return make(new Decimal(canonical));
}

export const CANONICAL = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

export function fromDecimal(value: Decimal): Money {
  if (value.decimalPlaces() > 2) throw new RangeError(`money has at most 2 decimals: ${value.toFixed()}`);
  return make(value);
}

export function toCanonical(money: Money): MoneyString {
  return money.value.toFixed();
}

export function add(a: Money, b: Money): Money {
  return make(a.value.plus(b.value));
}

export function subtract(a: Money, b: Money): Money {
  return make(a.value.minus(b.value));
}

export function negate(a: Money): Money {
  return make(a.value.negated());
}

export function sum(amounts: Iterable<Money>): Money {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(amount.value);
  return make(total);
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return a.value.comparedTo(b.value) as -1 | 0 | 1;
}

export const equals = (a: Money, b: Money): boolean => a.value.equals(b.value);
export const isZero = (a: Money): boolean => a.value.isZero();
export const isNegative = (a: Money): boolean => a.value.isNegative() && !a.value.isZero();
export const max = (a: Money, b: Money): Money => (compare(a, b) >= 0 ? a : b);
export const abs = (a: Money): Money => make(a.value.abs());

export type RoundingMode = 'half-away-from-zero' | 'half-even' | 'down' | 'up';

const ROUNDING: Record<RoundingMode, Rounding> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * A percentage of an amount, rounded to the cent with an explicit rule, because a council document's
 * "7% van het budget" must say how cents are rounded. `percent` is a decimal string such as "7" or "2.5".
 */
export function percentOf(amount: Money, percent: string, rounding: RoundingMode): Money {
  const exact = amount.value.times(new Decimal(percent)).dividedBy(100);
  return make(exact.toDecimalPlaces(2, ROUNDING[rounding]));
}

/** Splits an amount into parts proportional to integer weights; the parts add up to the amount exactly. */
export function allocate(amount: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0 || weights.some((w) => !Number.isInteger(w) || w < 0)) {
    throw new RangeError('weights must be non-negative integers');
  }
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) throw new RangeError('weights must not all be zero');
  const cents = amount.value.times(100);
  const parts = weights.map((w) => cents.times(w).dividedToIntegerBy(total));
  let remainder = cents.minus(parts.reduce((a, b) => a.plus(b), new Decimal(0)));
  const step = remainder.isNegative() ? -1 : 1;
  for (let i = 0; !remainder.isZero(); i = (i + 1) % parts.length) {
    if (weights[i] === 0) continue;
    parts[i] = parts[i]!.plus(step);
    remainder = remainder.minus(step);
  }
  return parts.map((p) => make(p.dividedBy(100)));
}
