// Money arithmetic: the ledger's money type summing 1,000,000 amounts, against decimal.js used naively
// (Decimal#plus in a loop) and against bigint cents, the fastest exact way; same amounts, same run, and
// the three totals must agree to the cent or the benchmark fails.
import Decimal from 'decimal.js';
import { moneyOf, sum, toCanonical } from '@grip/ledger';
import { ratio, whole } from '../harness/table.mjs';

/** Deterministic amounts with 0, 1 or 2 decimals, some negative (corrections), up to a million euros. */
function amounts(count) {
  const out = [];
  let seed = 42;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const cents = (seed % 100_000_000) * (i % 7 === 0 ? -1 : 1);
    const euros = (Math.abs(cents) / 100) | 0;
    const rest = Math.abs(cents) % 100;
    const sign = cents < 0 ? '-' : '';
    out.push(rest === 0 ? `${sign}${euros}` : `${sign}${euros}.${String(rest).padStart(2, '0').replace(/0$/, '')}`);
  }
  return out;
}

const centsOf = (text) => {
  const negative = text.startsWith('-');
  const [euros, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const cents = BigInt(euros) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
};
const formatCents = (cents) => {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const fraction = String(abs % 100n)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / 100n}${fraction ? `.${fraction}` : ''}`;
};

/** Best of `repeat` timings, interleaved with the other variants. */
function time(fn) {
  const started = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export async function runMoneyBench({ quick }) {
  const count = quick ? 100_000 : 1_000_000;
  const repeat = quick ? 2 : 5;
  const texts = amounts(count);
  const moneys = texts.map(moneyOf);
  const decimals = texts.map((t) => new Decimal(t));
  const cents = texts.map(centsOf);
  const variants = {
    money: () => toCanonical(sum(moneys)),
    decimal: () => decimals.reduce((total, d) => total.plus(d), new Decimal(0)).toFixed(),
    bigint: () => formatCents(cents.reduce((total, c) => total + c, 0n)),
  };
  const best = { money: Infinity, decimal: Infinity, bigint: Infinity };
  const totals = {};
  for (let r = 0; r < repeat; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      const { result, ms } = time(fn);
      best[name] = Math.min(best[name], ms);
      totals[name] = result;
    }
  }
  if (new Set(Object.values(totals)).size !== 1) throw new Error(`the sums disagree: ${JSON.stringify(totals)}`);
  console.log(`\nmoney: sum of ${whole(count)} amounts = ${totals.money} (all three agree), best of ${repeat}`);
  const row = (variant, name) => ({
    benchmark: 'money',
    variant: `${variant}, sum of ${whole(count)} amounts`,
    figure: `${best[name].toFixed(1)} ms`,
    ratio: ratio(best[name] / best.bigint),
    against: 'bigint cents (time ratio: lower is better)',
  });
  return {
    rows: [
      row('money type (sum)', 'money'),
      row('decimal.js used naively (Decimal#plus)', 'decimal'),
      row('bigint cents', 'bigint'),
    ],
  };
}
