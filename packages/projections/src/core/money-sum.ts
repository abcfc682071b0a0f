import { add, compare, moneyOf, subtract, toCanonical, ZERO, type Money, type MoneyString } from '@grip/ledger';

/** Exact sums over canonical money strings; outputs stay canonical strings, never JS numbers. */
export const sumStrings = (amounts: Iterable<MoneyString>): MoneyString => {
  let total: Money = ZERO;
  for (const a of amounts) total = add(total, moneyOf(a));
  return toCanonical(total);
};

export const plus = (a: MoneyString, b: MoneyString): MoneyString => toCanonical(add(moneyOf(a), moneyOf(b)));
export const minus = (a: MoneyString, b: MoneyString): MoneyString => toCanonical(subtract(moneyOf(a), moneyOf(b)));
export const maxOf = (a: MoneyString, b: MoneyString): MoneyString => (compare(moneyOf(a), moneyOf(b)) >= 0 ? a : b);
export const positivePart = (a: MoneyString): MoneyString => maxOf(a, '0');
