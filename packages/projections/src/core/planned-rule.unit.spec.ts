import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from './money-sum.js';
import { plannedRule } from './planned-rule.js';

const amount = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(fromCents);

describe('planned and unattributed from phasing and measure plans', () => {
  it('given no phasing, planned is the measures’ sum, negative or not', () => {
    fc.assert(
      fc.property(amount, (attributed) => {
        expect(plannedRule('0', attributed)).toEqual({ planned: attributed, unattributed: '0' });
      }),
    );
  });

  it('always adds up: planned = attributed + unattributed, and unattributed has the phasing’s sign', () => {
    fc.assert(
      fc.property(amount, amount, (phasing, attributed) => {
        const { planned, unattributed } = plannedRule(phasing, attributed);
        expect(toCents(planned)).toBe(toCents(attributed) + toCents(unattributed));
        const u = toCents(unattributed);
        const p = toCents(phasing);
        if (u !== 0n) expect(u > 0n).toBe(p > 0n);
        // planned is never smaller in size than the phasing in the phasing's own direction
        if (p > 0n) expect(toCents(planned) >= p).toBe(true);
        if (p < 0n) expect(toCents(planned) <= p).toBe(true);
      }),
    );
  });

  it('keeps max(phasing, attributed) for a positive phasing', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }).map(fromCents), amount, (phasing, attributed) => {
        const max = toCents(phasing) >= toCents(attributed) ? phasing : attributed;
        expect(plannedRule(phasing, attributed).planned).toBe(max);
      }),
    );
  });

  it('mirrors a positive programme for a negative one (a programme of shortfalls)', () => {
    fc.assert(
      fc.property(amount, amount, (phasing, attributed) => {
        const neg = (s: string) => fromCents(-toCents(s));
        const mirrored = plannedRule(neg(phasing), neg(attributed));
        const straight = plannedRule(phasing, attributed);
        expect(mirrored).toEqual({ planned: neg(straight.planned), unattributed: neg(straight.unattributed) });
      }),
    );
  });

  it('given a nadeel of −1.000.000 phased and −400.000 in measures, −600.000 is unattributed', () => {
    expect(plannedRule('-1000000', '-400000')).toEqual({ planned: '-1000000', unattributed: '-600000' });
    expect(plannedRule('-1000000', '-1200000')).toEqual({ planned: '-1200000', unattributed: '0' });
  });
});
