import { Decimal } from './decimal.js';
import type { Money } from './money.js';

export type MoneyFormat = {
  /** `nl` gives 1.234,56; `plain` gives 1234.56. */
  locale?: 'nl' | 'plain';
  /** Digits after the decimal separator; rounding is half away from zero. */
  decimals?: 0 | 1 | 2;
  /** Prefix with "€ ". */
  euroSign?: boolean;
};

/** Presentation only: the one place where amounts are rounded, half away from zero. */
export function formatMoney(money: Money, format: MoneyFormat = {}): string {
  const { locale = 'plain', decimals = 2, euroSign = false } = format;
  const rounded = money.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [whole = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = locale === 'nl' ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const separator = locale === 'nl' ? ',' : '.';
  const body = fraction === undefined ? grouped : `${grouped}${separator}${fraction}`;
  return `${negative ? '-' : ''}${euroSign ? '€ ' : ''}${body}`;
}
