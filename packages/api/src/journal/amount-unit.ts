import { parseMoney, toCanonical, type AmountUnit, type MoneyLocale } from '@grip/ledger';
import type { PathIssue, PathKey } from '../validation/unknown-keys.js';

/** Amounts that are not money and stay as written: P.M., and "-" / not-attributable for a realisation. */
const NOT_MONEY = /^(p\.?\s?m\.?|-|not-attributable)$/i;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a journal's amounts are read: as the document prints them (unit) and in which notation. */
export type AmountReading = { readonly unit: AmountUnit; readonly notation: MoneyLocale };

/**
 * A journal entry's data with every amount turned from the journal's unit and notation into exact
 * euros ("-384" in thousands becomes "-384000"; "-1.200" in Dutch notation is -1200). Every money field
 * of every command, also in plan lines and in a correction's replacement, is called `amount`, so the
 * walk needs no list of commands. In euros and the default notation the data is returned as it is: the
 * command schema parses it. Amounts that do not parse stay as written, with an issue naming their path.
 */
export function amountsInEuros(
  data: unknown,
  { unit, notation }: AmountReading,
  path: readonly PathKey[] = [],
): { value: unknown; issues: PathIssue[] } {
  if (unit === 'euros' && notation === 'auto') return { value: data, issues: [] };
  const how = [unit === 'euros' ? '' : `in ${unit}`, notation === 'auto' ? '' : `${notation} notation`]
    .filter(Boolean)
    .join(', ');
  const issues: PathIssue[] = [];
  const walk = (value: unknown, at: readonly PathKey[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...at, i]));
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'amount' || typeof v !== 'string' || NOT_MONEY.test(v.trim())) {
        out[key] = walk(v, [...at, key]);
        continue;
      }
      const parsed = parseMoney(v, notation, { unit });
      if (parsed.ok) out[key] = toCanonical(parsed.value);
      else {
        out[key] = v;
        issues.push({ path: [...at, key], message: `${parsed.reason} (read ${how})` });
      }
    }
    return out;
  };
  return { value: walk(data, path), issues };
}
