import type { Nature, Timing } from '@grip/ledger';

/**
 * BBV year rule, the one place it is written: a structural amount counts in its own year and every
 * later year (of the period the caller asks about); an incidental amount only in its own year.
 */
export const countsIn = (line: { readonly year: number; readonly nature: Nature }, year: number): boolean =>
  line.nature === 'structural' ? line.year <= year : line.year === year;

/** The same rule for target timing (structural from a year, or one incidental year). */
export const timingCountsIn = (timing: Timing, year: number): boolean =>
  timing.kind === 'structural' ? timing.fromYear <= year : timing.year === year;

export function periodYears(period: { readonly firstYear: number; readonly lastYear: number }): number[] {
  const years: number[] = [];
  for (let y = period.firstYear; y <= period.lastYear; y++) years.push(y);
  return years;
}
