import { parseMoney, toCanonical, type AmountUnit } from '@grip/ledger';
import type { PathIssue, PathKey } from '../validation/unknown-keys.js';

/** Amounts that are not money and stay as written: P.M., and "-" / not-attributable for a realisation. */
const NOT_MONEY = /^(p\.?\s?m\.?|-|not-attributable)$/i;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A journal entry's data with every amount turned from the journal's unit into exact euros
 * ("-384" in thousands becomes "-384000"). Every money field of every command, also in plan lines and
 * in a correction's replacement, is called `amount`, so the walk needs no list of commands. In euros the
 * data is returned as it is: the command schema parses it. Amounts that do not parse stay as written,
 * with an issue that names their path.
 */
export function amountsInEuros(
  data: unknown,
  unit: AmountUnit,
  path: readonly PathKey[] = [],
): { value: unknown; issues: PathIssue[] } {
  if (unit === 'euros') return { value: data, issues: [] };
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
      const parsed = parseMoney(v, 'auto', { unit });
      if (parsed.ok) out[key] = toCanonical(parsed.value);
      else {
        out[key] = v;
        issues.push({ path: [...at, key], message: `${parsed.reason} (in ${unit})` });
      }
    }
    return out;
  };
  return { value: walk(data, path), issues };
}
