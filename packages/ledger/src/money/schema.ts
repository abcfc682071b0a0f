import { z } from 'zod';
import { toCanonical } from './money.js';
import { parseMoney } from './parse.js';

/**
 * The canonical form as one regular expression, because every stored amount is checked on every
 * read: no leading zeros, one or two decimals without a trailing zero, and never "-0".
 */
export const CANONICAL_FORM = /^(?!-0$)-?(0|[1-9]\d*)(\.(\d[1-9]|[1-9]))?$/;

/** A canonical money string as stored in events ("1900000", "-646765", "1234.5"). */
export const moneyStringSchema = z
  .string()
  .regex(CANONICAL_FORM, 'a canonical decimal string with at most 2 decimals, no trailing zeros, no -0');

/** Money as a client sends it: plain or Dutch notation, normalised to the canonical string. */
export const moneyInputSchema = z.string().transform((input, ctx) => {
  // Most clients send the canonical form already, and it parses to itself: no parser, no Decimal.
  if (CANONICAL_FORM.test(input)) return input;
  const parsed = parseMoney(input);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return toCanonical(parsed.value);
});
