import { z } from 'zod';
import { CANONICAL, moneyOf, toCanonical } from './money.js';
import { parseMoney } from './parse.js';

/** A canonical money string as stored in events ("1900000", "-646765", "1234.5"). */
export const moneyStringSchema = z
  .string()
  .refine((s) => CANONICAL.test(s) && s === toCanonical(moneyOf(s)), 'a canonical decimal string with at most 2 decimals, no trailing zeros, no -0');

/** Money as a client sends it: plain or Dutch notation, normalised to the canonical string. */
export const moneyInputSchema = z.string().transform((input, ctx) => {
  const parsed = parseMoney(input);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return toCanonical(parsed.value);
});
