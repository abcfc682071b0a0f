import { UNIT_DECIMALS, UNIT_FACTOR, type AmountUnit } from './amount-unit.js';
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

/** The forms an amount may take, quoted in error messages so the user sees what would do. */
export const AMOUNT_FORMS = '"1234.56", "-384000", "€ 1.234,56", "-1.900.000", "€ 250.000,-"';

/** Ways council documents print a negative amount that the ledger does not guess at, each with its fix. */
const NEGATIVE_FORMS: ReadonlyArray<{ readonly test: RegExp; readonly fix: string }> = [
  { test: /[\u2212\u2012\u2013\u2014]/, fix: 'a typographic minus ("−" or a dash): type the ASCII minus "-"' },
  { test: /^\s*\(.*\)\s*$/, fix: 'a negative amount in parentheses: write it with a minus in front, "-384.000"' },
  { test: /\d\s*-\s*$/, fix: 'a minus after the amount: put it in front, "-384.000"' },
];

function notAnAmount(input: string): string {
  const negative = NEGATIVE_FORMS.find((f) => f.test.test(input));
  return `not an amount: "${input}"${negative ? ` (${negative.fix})` : ''}; amounts look like ${AMOUNT_FORMS}`;
}

export type MoneyParseOptions = {
  /** The unit the figure is written in (default euros); "-384" in thousands is −384000 euros. */
  readonly unit?: AmountUnit;
};

/**
 * Parses euros strictly: plain `1234.56` / `-50`, and Dutch `€ 1.234,56`, `1.900.000`, `€ 250.000,-`.
 * `auto` refuses what could be read two ways (`1.234` is 1234 in Dutch but 1.234 in plain notation);
 * pass `nl` when the source is known to be Dutch. More than two decimals (of euros, so five of
 * thousands) is always an error.
 */
export function parseMoney(
  input: string,
  locale: MoneyLocale = 'auto',
  { unit = 'euros' }: MoneyParseOptions = {},
): MoneyParseResult {
  if (typeof input !== 'string') return { ok: false, reason: 'amount must be a string' };
  const normalised = normalise(input.trim());
  if (!normalised) return { ok: false, reason: notAnAmount(input) };
  const { text, hadEuro } = normalised;
  const dutchContext = locale === 'nl' || hadEuro;
  let canonical: string | null = null;

  if (locale !== 'nl' && PLAIN.test(text)) {
    const singleDotThousands = /^-?[1-9]\d{0,2}\.\d{3}$/.test(text);
    if (singleDotThousands && dutchContext) canonical = text.replace('.', '');
    else if (singleDotThousands && locale === 'auto') {
      return {
        ok: false,
        reason: `ambiguous amount "${input}" (1.234 is 1234 in Dutch but 1.234 in plain notation): write 1234, or 1.234,00 or € 1.234 (Dutch)`,
      };
    } else canonical = text;
  } else if (locale !== 'plain' && (DUTCH_GROUPED.test(text) || DUTCH_UNGROUPED.test(text))) {
    if (locale === 'auto' && !dutchContext && /^-?\d{1,3},\d{3}$/.test(text)) {
      return {
        ok: false,
        reason: `ambiguous amount "${input}": a comma followed by three digits; write 1234 or 1.234,00 (Dutch)`,
      };
    }
    canonical = text.replace(/\./g, '').replace(',', '.');
  }
  if (canonical === null) return { ok: false, reason: notAnAmount(input) };
  const decimals = UNIT_DECIMALS[unit];
  if (writtenDecimals(canonical) > decimals) {
    const what = unit === 'euros' ? '' : ` (of ${unit}: whole cents)`;
    return { ok: false, reason: `more than ${decimals} decimals${what}: "${input}"` };
  }
  return { ok: true, value: fromDecimal(new Decimal(canonical).times(UNIT_FACTOR[unit])) };
}
