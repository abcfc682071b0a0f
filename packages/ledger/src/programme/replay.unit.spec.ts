import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../chain/canonical-json.js';
import type { CommandInput } from '../commands/catalogue.js';
import { steppingClock } from '../facade/clock.js';
import { sequentialIds } from '../facade/ids.js';
import { createLedger } from '../facade/ledger.js';
import { createMemoryEventStore } from '../store/memory/index.js';
import { programmeStreamId, scopedProgrammeKey } from '../store/stream-ids.js';
import { foldProgramme } from './evolve.js';
import type { ProgrammeState } from './programme-state.js';

const P = 'prog-replay';
const tenant = 'GM0118';

/** Maps and sets in a stable, comparable form. */
const snapshot = (state: ProgrammeState | null): string =>
  canonicalJson(
    JSON.parse(
      JSON.stringify(state, (_k, v: unknown) =>
        v instanceof Map ? [...v.entries()].sort() : v instanceof Set ? [...v].sort() : v,
      ),
    ),
  );

const setup: CommandInput[] = [
  {
    type: 'OpenProgramme',
    data: {
      programmeId: P,
      title: 'Replay',
      period: { firstYear: 2022, lastYear: 2025 },
      domains: [
        { code: 'WMO', name: 'Wmo' },
        { code: 'JEUGD', name: 'Jeugd' },
      ],
      categories: [{ code: 'bk', name: 'Beleidskeuze' }],
    },
  },
  {
    type: 'RecordDecision',
    data: { programmeId: P, decisionId: 'd1', body: 'raad', date: '2022-01-01', reference: 'r', summary: 's' },
  },
];

const measureId = fc.constantFrom('m1', 'm2', 'm3');
const year = fc.integer({ min: 2021, max: 2026 }); // some outside the period, so refusals are part of the mix
const amount = fc
  .bigInt({ min: -(10n ** 9n), max: 10n ** 9n })
  .map((c) =>
    Number(c % 100n) === 0
      ? `${c / 100n}`
      : `${c / 100n}.${String(c < 0n ? -c % 100n : c % 100n).padStart(2, '0')}`.replace(/0$/, ''),
  );

/** A command vocabulary that reaches every evolve branch, including refused commands and corrections. */
const command = fc.oneof(
  fc
    .record({
      id: measureId,
      code: fc.constantFrom('A.1', 'A.2', 'a.1', 'B 3'),
      domain: fc.constantFrom('WMO', 'JEUGD', 'ONDERWIJS'),
    })
    .map(({ id, code, domain }): CommandInput => ({
      type: 'RegisterMeasure',
      data: { programmeId: P, measureId: id, code, title: 't', domain, category: 'bk', owner: 'o' },
    })),
  fc
    .record({ id: measureId, year, amount, nature: fc.constantFrom('structural' as const, 'incidental' as const) })
    .map(({ id, year, amount, nature }): CommandInput => ({
      type: 'ReviseMeasurePlan',
      data: { programmeId: P, measureId: id, decisionId: 'd1', lines: [{ year, amount, nature }] },
    })),
  fc
    .record({ id: measureId, lifecycle: fc.constantFrom('running' as const, 'stopped' as const, 'delayed' as const) })
    .map(({ id, lifecycle }): CommandInput => ({
      type: 'ChangeMeasureStatus',
      data: { programmeId: P, measureId: id, lifecycle, effectiveDate: '2023-01-01' },
    })),
  fc.record({ id: measureId, year, amount }).map(({ id, year, amount }): CommandInput => ({
    type: 'RealiseSaving',
    data: { programmeId: P, measureId: id, year, amount },
  })),
  fc
    .record({ year, amount, kind: fc.constantFrom('staff' as const, 'investment' as const) })
    .map(({ year, amount, kind }): CommandInput => ({
      type: 'CommitCost',
      data: { programmeId: P, costId: 'c1', measureId: null, year, amount, nature: 'incidental', kind },
    })),
  fc
    .record({ nth: fc.nat(40), lifecycle: fc.constantFrom('running' as const, 'stopped' as const) })
    .map(({ nth, lifecycle }): CommandInput => ({
      type: 'CorrectProgrammeEntry',
      data: {
        programmeId: P,
        correctedEventId: `evt-${String(nth + 1).padStart(6, '0')}`,
        replacement: { measureId: 'm1', lifecycle, effectiveDate: '2023-02-01' },
        explanation: 'correctie',
      },
    })),
);

describe('replay', () => {
  it('folding the stored events gives the state the ledger decided on after every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const ledger = createLedger({
          store: createMemoryEventStore(),
          clock: steppingClock('2022-01-01T00:00:00Z'),
          ids: sequentialIds(),
        });
        for (const c of [...setup, ...commands]) {
          await ledger.execute(c, { actor: 'prop', tenant });
          const live = await ledger.programme(tenant, P);
          const replayed = foldProgramme(await ledger.readStream(programmeStreamId(scopedProgrammeKey(tenant, P))));
          expect(snapshot(replayed)).toBe(snapshot(live));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: folding the same events twice gives the same state', async () => {
    const ledger = createLedger({
      store: createMemoryEventStore(),
      clock: steppingClock('2022-01-01T00:00:00Z'),
      ids: sequentialIds(),
    });
    for (const c of setup) await ledger.execute(c, { actor: 'prop', tenant });
    const events = await ledger.readStream(programmeStreamId(scopedProgrammeKey(tenant, P)));
    expect(snapshot(foldProgramme(events))).toBe(snapshot(foldProgramme(events)));
    expect(foldProgramme(events).revision).toBe(1);
  });
});
