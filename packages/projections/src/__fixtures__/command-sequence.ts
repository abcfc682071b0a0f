import fc from 'fast-check';
import { createLedger, createMemoryEventStore, sequentialIds, steppingClock, type EventStore } from '@grip/ledger';
import { HOOGEVEEN, HOOGEVEEN_PROGRAMME, hoogeveenCommands } from '@grip/ledger/testing';

const p = { programmeId: HOOGEVEEN_PROGRAMME };
const measures = ['domein-part', 'domein-wmo', 'domein-jeugd', 'domein-breed'];
const year = fc.constantFrom(2022, 2023, 2024, 2025);
const amount = fc
  .integer({ min: 0, max: 90_000_000 })
  .map((c) => (c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2).replace(/0$/, '')));

/** Commands as a client sends them; the ledger may refuse some, which is part of the test. */
export const commandArb = fc.oneof(
  fc.record({
    type: fc.constant('RealiseSaving'),
    data: fc.record({
      ...constant(p),
      measureId: fc.constantFrom(...measures),
      year,
      amount: fc.oneof(amount, fc.constant('-')),
    }),
  }),
  fc.record({
    type: fc.constant('ReviseMeasurePlan'),
    data: fc.record({
      ...constant(p),
      measureId: fc.constantFrom(...measures),
      decisionId: fc.constant('raad-2022-programmaplan'),
      lines: fc.array(
        fc.record({
          year,
          amount: fc.oneof(amount, fc.constant('PM')),
          nature: fc.constantFrom('structural', 'incidental'),
        }),
        { maxLength: 3 },
      ),
    }),
  }),
  fc.record({
    type: fc.constant('CommitCost'),
    data: fc.record({
      ...constant(p),
      costId: fc.constantFrom('k1', 'k2'),
      measureId: fc.constantFrom(null, ...measures),
      year,
      amount,
      nature: fc.constantFrom('structural', 'incidental'),
      kind: fc.constant('other'),
    }),
  }),
  fc.record({
    type: fc.constant('ChangeMeasureStatus'),
    data: fc.record({
      ...constant(p),
      measureId: fc.constantFrom(...measures),
      rag: fc.constantFrom('groen', 'oranje', 'rood'),
      effectiveDate: fc.constant('2023-03-01'),
    }),
  }),
  fc.record({ type: fc.constant('Correct'), data: fc.record({ pick: fc.nat(), amount }) }),
  fc.record({
    type: fc.constant('RecordIncome'),
    data: fc.record({
      year: fc.constantFrom(2021, 2022, 2023),
      source: fc.constantFrom('buig', 'overige-baten'),
      amount,
      basis: fc.constantFrom('realised', 'estimated'),
    }),
  }),
);
function constant<T extends Record<string, unknown>>(o: T) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fc.constant(v)])) as {
    [K in keyof T]: fc.Arbitrary<T[K]>;
  };
}

export async function seeded(): Promise<{ store: EventStore; ledger: ReturnType<typeof createLedger> }> {
  const store = createMemoryEventStore();
  const ledger = createLedger({ store, clock: steppingClock('2022-03-01T09:00:00Z', 60_000), ids: sequentialIds() });
  for (const command of hoogeveenCommands()) {
    const r = await ledger.execute(command, { actor: 'user:controller', tenant: HOOGEVEEN });
    if (!r.ok) throw new Error(r.error.message);
  }
  return { store, ledger };
}

export type Command = typeof commandArb extends fc.Arbitrary<infer C> ? C : never;

/** Executes the commands as a client would (a correction picks one of the savings recorded so far). */
export async function execute(ledger: ReturnType<typeof createLedger>, commands: readonly Command[]): Promise<void> {
  const savings: string[] = [];
  for (const c of commands) {
    const input =
      c.type === 'Correct'
        ? savings.length === 0
          ? null
          : {
              type: 'CorrectProgrammeEntry',
              data: {
                ...p,
                correctedEventId: savings[c.data.pick % savings.length]!,
                replacement: { measureId: 'domein-wmo', year: 2024, amount: c.data.amount },
                explanation: 'correctie',
              },
            }
        : c;
    if (!input) continue;
    const r = await ledger.executeUnknown(input, { actor: 'user:controller', tenant: HOOGEVEEN });
    if (r.ok && input.type === 'RealiseSaving') savings.push(r.value.events[0]!.metadata.eventId);
  }
}
