import fc from 'fast-check';
import type { RecordedEvent } from '@grip/ledger';
import { eventBuilder } from '../testing/event-builder.js';

/** One step of a random but valid history; indices pick measures, years and earlier events modulo their count. */
export type Step =
  | { kind: 'plan'; m: number; year: number; amount: number | 'PM'; structural: boolean }
  | { kind: 'phasing'; year: number; amount: number }
  | { kind: 'saving'; m: number; year: number; amount: number | 'na' }
  | { kind: 'cost'; c: number; m: number | null; year: number; amount: number; structural: boolean; realised: boolean }
  | { kind: 'status'; m: number; rag: 'groen' | 'oranje' | 'rood' | null; lifecycle: 'running' | 'delayed' | null }
  | { kind: 'target'; t: number; domain: boolean; amount: number; year: number; structural: boolean }
  | { kind: 'income'; year: number; amount: number; buig: boolean }
  | { kind: 'correct'; pick: number; amount: number; shiftYear: boolean };

const YEARS = [2022, 2023, 2024];
const year = fc.constantFrom(...YEARS);
const cents = fc.integer({ min: 0, max: 5_000_000 });

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('plan' as const),
    m: fc.nat(4),
    year,
    amount: fc.oneof(cents, fc.constant('PM' as const)),
    structural: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('phasing' as const), year, amount: cents }),
  fc.record({
    kind: fc.constant('saving' as const),
    m: fc.nat(4),
    year,
    amount: fc.oneof(cents, fc.constant('na' as const)),
  }),
  fc.record({
    kind: fc.constant('cost' as const),
    c: fc.nat(2),
    m: fc.option(fc.nat(4)),
    year,
    amount: cents,
    structural: fc.boolean(),
    realised: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    m: fc.nat(4),
    rag: fc.constantFrom('groen' as const, 'oranje' as const, 'rood' as const, null),
    lifecycle: fc.constantFrom('running' as const, 'delayed' as const, null),
  }),
  fc.record({
    kind: fc.constant('target' as const),
    t: fc.nat(2),
    domain: fc.boolean(),
    amount: cents,
    year,
    structural: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('income' as const), year, amount: cents, buig: fc.boolean() }),
  fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(), amount: cents, shiftYear: fc.boolean() }),
);

const money = (c: number) => (c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2).replace(/0$/, ''));

/** Turns steps into a valid recorded history of one programme and its municipality. */
export function historyOf(steps: readonly Step[]): RecordedEvent[] {
  const b = eventBuilder({ start: '2022-01-01T00:00:00Z' });
  const P = 'programme-p1';
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'p1',
    municipality: 'GM0118',
    title: 'Random',
    period: { firstYear: 2022, lastYear: 2024 },
    domains: [
      { code: 'A', name: 'A' },
      { code: 'B', name: 'B' },
    ],
    categories: [{ code: 'c', name: 'c' }],
  });
  for (let m = 0; m < 5; m++)
    b.append(P, 'MeasureRegistered', {
      measureId: `m${m}`,
      code: `M${m}`,
      title: `m${m}`,
      domain: m % 2 ? 'A' : 'B',
      category: 'c',
      owner: 'o',
    });
  const targets = new Set<number>();
  const correctable: RecordedEvent[] = [];
  for (const s of steps) {
    let e: RecordedEvent | null = null;
    switch (s.kind) {
      case 'plan':
        e = b.append(P, 'MeasurePlanRevised', {
          measureId: `m${s.m}`,
          decisionId: 'd',
          lines: [
            {
              year: s.year,
              amount: s.amount === 'PM' ? 'PM' : money(s.amount),
              nature: s.structural ? 'structural' : 'incidental',
            },
          ],
        });
        break;
      case 'phasing':
        e = b.append(P, 'ProgrammePlanRevised', {
          decisionId: 'd',
          lines: [{ year: s.year, amount: money(s.amount), nature: 'structural' }],
        });
        break;
      case 'saving':
        e = b.append(P, 'SavingRealised', {
          measureId: `m${s.m}`,
          year: s.year,
          amount: s.amount === 'na' ? 'not-attributable' : money(s.amount),
        });
        break;
      case 'cost':
        e = b.append(P, s.realised ? 'CostRealised' : 'CostCommitted', {
          costId: `c${s.c}`,
          measureId: s.m === null ? null : `m${s.m}`,
          year: s.year,
          amount: money(s.amount),
          nature: s.structural ? 'structural' : 'incidental',
          kind: 'other',
        });
        break;
      case 'status':
        if (s.rag === null && s.lifecycle === null) continue;
        e = b.append(P, 'MeasureStatusChanged', {
          measureId: `m${s.m}`,
          effectiveDate: '2022-05-01',
          ...(s.rag ? { rag: s.rag } : {}),
          ...(s.lifecycle ? { lifecycle: s.lifecycle } : {}),
        });
        break;
      case 'target': {
        const timing = s.structural
          ? { kind: 'structural' as const, fromYear: s.year }
          : { kind: 'incidental' as const, year: s.year };
        if (targets.has(s.t))
          e = b.append(P, 'TargetRevised', { targetId: `t${s.t}`, amount: money(s.amount), timing, decisionId: 'd' });
        else
          e = b.append(P, 'TargetSet', {
            targetId: `t${s.t}`,
            scope: s.domain ? { level: 'domain', domain: 'A' } : { level: 'programme' },
            amount: money(s.amount),
            timing,
            decisionId: 'd',
          });
        targets.add(s.t);
        break;
      }
      case 'income':
        b.append('municipality-GM0118', 'IncomeRecorded', {
          year: s.year,
          source: s.buig ? 'buig' : 'overige-baten',
          amount: money(s.amount),
          basis: 'estimated',
        });
        continue;
      case 'correct': {
        const target = correctable[s.pick % Math.max(1, correctable.length)];
        if (
          !target ||
          (target.type !== 'SavingRealised' && target.type !== 'CostCommitted' && target.type !== 'MeasurePlanRevised')
        )
          continue;
        const replacement =
          target.type === 'MeasurePlanRevised'
            ? {
                ...target.data,
                lines: target.data.lines.map((l) => ({
                  ...l,
                  amount: money(s.amount),
                  year: s.shiftYear ? 2024 : l.year,
                })),
              }
            : { ...target.data, amount: money(s.amount), year: s.shiftYear ? 2024 : target.data.year };
        b.append(P, 'EntryCorrected', {
          correctedEventId: target.metadata.eventId,
          correctedType: target.type,
          replacement,
          explanation: 'fix',
        });
        continue;
      }
    }
    if (e) correctable.push(e);
  }
  return [...b.events];
}
