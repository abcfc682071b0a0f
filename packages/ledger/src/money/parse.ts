import { Decimal } from './decimal.js';
import { fromDecimal, type Money } from './money.js';

export type MoneyLocale = 'auto' | 'plain' | 'nl';

export type MoneyParseResult = { ok: true; value: Money } | { ok: false; reason: string };

const PLAIN = /^-?\d+(\.\d+)?$/;
const DUTCH_GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const DUTCH_UNGROUPED = /^-?\d+(,\d+)?$/;

/** Strips the euro sign and spaces (also non-breaking ones) and moves a sign before the digits. */
function normalise(input: string): { text: string; hadEuro: boolean } | null {
  let text = input.replace(/[\s\u00a0\u202f]+/g, '');
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  const hadEuro = text.startsWith('€');
  if (hadEuro) text = text.slice(1);
  if (text.startsWith('-')) {
    if (negative) return null;
    negative = true;
    text = text.slice(1);
  }
  if (text.endsWith(',-')) text = text.slice(0, -2);
  if (text === '' || text.startsWith('-') || text.startsWith('+')) return null;
  return { text: negative ? `-${text}` : text, hadEuro };
}

/** Decimals as written: "1487.230" has three, even though its value has two. */
const writtenDecimals = (canonical: string): number => canonical.split('.')[1]?.length ?? 0;

/**
 * Parses euros strictly: plain `1234.56` / `-50`, and Dutch `€ 1.234,56`, `1.900.000`, `€ 250.000,-`.
 * `auto` refuses what could be read two ways (`1.234` is 1234 in Dutch but 1.234 in plain notation);
 * pass `nl` when the source is known to be Dutch. More than two decimals is always an error.
 */
export function parseMoney(input: string, locale: MoneyLocale = 'auto'): MoneyParseResult {
  if (typeof input !== 'string') return { ok: false, reason: 'amount must be a string' };
  const normalised = normalise(input.trim());
  if (!normalised) return { ok: false, reason: `not an amount: "${input}"` };
  const { text, hadEuro } = normalised;
  const dutchContext = locale === 'nl' || hadEuro;
  let canonical: string | null = null;

  if (locale !== 'nl' && PLAIN.test(text)) {
    const singleDotThousands = /^-?[1-9]\d{0,2}\.\d{3}$/.test(text);
    if (singleDotThousands && dutchContext) canonical = text.replace('.', '');
    else if (singleDotThousands && locale === 'auto') {
      return { ok: false, reason: `ambiguous amount "${input}": write 1234 or 1.234,00 (Dutch) or use locale nl` };
    } else canonical = text;
  } else if (locale !== 'plain' && (DUTCH_GROUPED.test(text) || DUTCH_UNGROUPED.test(text))) {
    if (locale === 'auto' && !dutchContext && /^-?\d{1,3},\d{3}$/.test(text)) {
      return { ok: false, reason: `ambiguous amount "${input}": a comma followed by three digits` };
    }
    canonical = text.replace(/\./g, '').replace(',', '.');
  }
  if (canonical === null) return { ok: false, reason: `not an amount: "${input}"` };
  if (writtenDecimals(canonical) > 2) return { ok: false, reason: `more than 2 decimals: "${input}"` };
  return { ok: true, value: fromDecimal(new Decimal(canonical)) };
}
