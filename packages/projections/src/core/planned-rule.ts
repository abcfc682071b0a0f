import { fromCents, toCents } from './money-sum.js';

export type Planned = {
  /** attributed + unattributed: the baten of the jaarschijf. */
  readonly planned: string;
  /** The part of the phasing that no measure backs yet, with the phasing's sign; 0 without phasing. */
  readonly unattributed: string;
};

/**
 * planned and unattributed of one year from the programme's phasing and the sum of its measure plans.
 * The phasing is the budget's figure until the measures go beyond it in the phasing's direction:
 * - no phasing (or a phasing of 0) in the year: nothing is unattributed, planned = attributed;
 * - phasing > 0 (savings): unattributed = max(0, phasing − attributed);
 * - phasing < 0 (a nadeel, a programme of shortfalls): unattributed = min(0, phasing − attributed).
 * For a positive phasing this is planned = max(phasing, attributed), the rule before negative totals
 * were allowed; an absent phasing no longer counts as a phasing of 0, which turned every negative
 * programme total into 0 (issue 18).
 */
export function plannedRule(phasing: string, attributed: string): Planned {
  const p = toCents(phasing);
  const a = toCents(attributed);
  const gap = p - a;
  const unattributed = p > 0n ? (gap > 0n ? gap : 0n) : p < 0n ? (gap < 0n ? gap : 0n) : 0n;
  return { planned: fromCents(a + unattributed), unattributed: fromCents(unattributed) };
}
