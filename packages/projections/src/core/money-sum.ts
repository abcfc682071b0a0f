/**
 * Exact sums over canonical money strings as whole cents in BigInt: the read models add up millions
 * of amounts, and decimal.js objects per amount made the rebuild several times slower. Inputs are
 * canonical strings from validated events (at most 2 decimals); outputs are canonical strings again
 * (no exponent, no trailing zeros, no "-0"). Never a JS number.
 */
export function toCents(amount: string): bigint {
  const negative = amount.charCodeAt(0) === 45; // '-'
  const body = negative ? amount.slice(1) : amount;
  const dot = body.indexOf('.');
  const whole = BigInt(dot < 0 ? body : body.slice(0, dot));
  const fraction = dot < 0 ? 0n : BigInt((body.slice(dot + 1) + '00').slice(0, 2));
  const cents = whole * 100n + fraction;
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const a = negative ? -cents : cents;
  const whole = a / 100n;
  const fraction = a % 100n;
  const text =
    fraction === 0n ? '' : fraction % 10n === 0n ? `.${fraction / 10n}` : `.${fraction < 10n ? '0' : ''}${fraction}`;
  return `${negative ? '-' : ''}${whole}${text}`;
}

export const sumStrings = (amounts: Iterable<string>): string => {
  let total = 0n;
  for (const a of amounts) total += toCents(a);
  return fromCents(total);
};

export const plus = (a: string, b: string): string => fromCents(toCents(a) + toCents(b));
export const minus = (a: string, b: string): string => fromCents(toCents(a) - toCents(b));
