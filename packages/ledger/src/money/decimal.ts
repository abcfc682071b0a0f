import { Decimal as BaseDecimal } from 'decimal.js';

/**
 * A private Decimal constructor so the ledger never changes the global decimal.js settings of the
 * program that embeds it. 40 significant digits keep sums of millions of amounts below 10^12 exact.
 */
export const Decimal = BaseDecimal.clone({
  precision: 40,
  rounding: BaseDecimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = BaseDecimal;
export type Rounding = BaseDecimal.Rounding;
