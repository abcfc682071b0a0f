import { Decimal } from './decimal.js';
import type { Money } from './money.js';

export type MoneyFormat = {
  /** `nl` gives 1.234,56; `plain` gives 1234.56. */
  locale?: 'nl' | 'plain';
  /** Digits after the decimal separator; rounding is half away from zero. */
  decimals?: 0 | 1 | 2;
  /** Prefix with "€ ". */
  euroSign?: boolean;
  /** Thousands separators ("1.900.000") in the nl locale; default true. Off for machine-read files (CSV). */
  grouping?: boolean;
};

/** Presentation only: the one place where amounts are rounded, half away from zero. */
export function formatMoney(money: Money, format: MoneyFormat = {}): string {
  const { locale = 'plain', decimals = 2, euroSign = false, grouping = true } = format;
  const rounded = money.value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [whole = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = locale === 'nl' && grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const separator = locale === 'nl' ? ',' : '.';
  const body = fraction === undefined ? grouped : `${grouped}${separator}${fraction}`;
  return `${negative ? '-' : ''}${euroSign ? '€ ' : ''}${body}`;
}
