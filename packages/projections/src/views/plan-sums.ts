import type { CostLine, PlanLine } from '@grip/ledger';
import { sumStrings } from '../core/money-sum.js';
import { countsIn, timingCountsIn } from '../core/year-rule.js';
import type { ProgrammeModel, TargetModel } from '../state/programme-model.js';

export type PlanSum = { readonly amount: string; readonly pmCount: number };

/** A plan in one year: 'PM' lines count 0 in the amount but are counted, never silently dropped. */
export function planIn(lines: readonly PlanLine[], year: number, only?: 'structural'): PlanSum {
  const amounts: string[] = [];
  let pmCount = 0;
  for (const line of lines) {
    if (!countsIn(line, year) || (only && line.nature !== only)) continue;
    if (line.amount === 'PM') pmCount++;
    else amounts.push(line.amount);
  }
  return { amount: sumStrings(amounts), pmCount };
}

export const costsIn = (
  lines: readonly CostLine[],
  year: number,
  keep: (l: CostLine) => boolean = () => true,
): string => sumStrings(lines.filter((l) => keep(l) && countsIn(l, year)).map((l) => l.amount));

export const targetsIn = (targets: readonly TargetModel[], year: number): string =>
  sumStrings(targets.filter((t) => timingCountsIn(t.timing, year)).map((t) => t.amount));

/**
 * The target of a programme in a year: its programme-level targets if it has any, else the sum of its
 * domain targets; null when it has no target at all (shown as "no target", never as a 0 target).
 */
export function programmeTargetIn(model: ProgrammeModel, year: number): string | null {
  if (model.targets.length === 0) return null;
  const programmeLevel = model.targets.filter((t) => t.scope.level === 'programme');
  return targetsIn(programmeLevel.length > 0 ? programmeLevel : model.targets, year);
}

export type RealisedSum = {
  readonly amount: string;
  readonly notAttributableCount: number;
  readonly reportedCount: number;
};

export function realisedIn(measures: ProgrammeModel['measures'], year: number): RealisedSum {
  const amounts: string[] = [];
  let notAttributableCount = 0;
  let reportedCount = 0;
  for (const m of measures) {
    const r = m.realised.get(year);
    if (r === undefined) continue;
    reportedCount++;
    if (r === 'not-attributable') notAttributableCount++;
    else amounts.push(r);
  }
  return { amount: sumStrings(amounts), notAttributableCount, reportedCount };
}
