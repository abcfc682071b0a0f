/**
 * Amounts arrive as canonical decimal strings ("1900000", "-646765", "99702.5") or as the markers
 * "PM" (pro memorie) and "not-attributable". They are formatted from the string itself: the browser's
 * Intl.NumberFormat takes a decimal string exactly, so no amount ever passes through a binary float.
 */
export const PM = 'PM';
export const NOT_ATTRIBUTABLE = 'not-attributable';

const DECIMAL = /^-?\d+(\.\d{1,2})?$/;

const whole = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** `€ 1.900.000`, `€ -646.765`, `€ 99.702,50`; markers are returned for the caller to label. */
export function formatEuro(amount: string): string {
  if (!DECIMAL.test(amount)) return amount;
  const hasCents = /\.\d*[1-9]/.test(amount);
  // Intl accepts decimal strings (ECMA-402 "Intl.NumberFormat v3"); the cast only satisfies the DOM typings.
  return (hasCents ? cents : whole).format(amount as unknown as number).replace(/\u00a0/g, ' ');
}

/** The amount in the Dutch CSV style Excel reads: no grouping, decimal comma ("1900000", "99702,50"). */
export function dutchCsvAmount(amount: string): string {
  if (!DECIMAL.test(amount)) return amount;
  const [int, frac] = amount.split('.');
  return frac === undefined ? (int ?? amount) : `${int},${frac.padEnd(2, '0')}`;
}

export const isPlainAmount = (amount: string): boolean => DECIMAL.test(amount);

/** For chart positions only (display): the figures in tables always come from the strings. */
export const chartNumber = (amount: string | null): number | null =>
  amount !== null && isPlainAmount(amount) ? Number(amount) : null;
