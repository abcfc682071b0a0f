import type { CommandInput } from '../commands/catalogue.js';
import { describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '../store/memory/index.js';
import { hoogeveenCommands, HOOGEVEEN, HOOGEVEEN_PROGRAMME, HOOGEVEEN_STREAM } from '../testing/hoogeveen.js';
import { steppingClock } from './clock.js';
import { sequentialIds } from './ids.js';
import { createLedger } from './ledger.js';

const context = {
  actor: 'user:controller-1',
  tenant: HOOGEVEEN,
  reason: 'programmaplan',
  source: { document: '002_1c00f9e54d73cefc.txt', location: 'lines 750-757' },
};
const newLedger = () =>
  createLedger({ store: createMemoryEventStore(), clock: steppingClock('2022-03-01T09:00:00Z'), ids: sequentialIds() });

async function recordHoogeveen(ledger = newLedger()) {
  for (const command of hoogeveenCommands()) {
    const outcome = await ledger.execute(command, context);
    if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`);
  }
  return ledger;
}

describe('the ledger facade', () => {
  it('records the Hoogeveen programme and reads back exactly the amounts recorded', async () => {
    const ledger = await recordHoogeveen();
    const events = await ledger.readStream(HOOGEVEEN_STREAM);
    const tranches = events.flatMap((e) =>
      e.type === 'ProgrammePlanRevised' ? e.data.lines.map((l) => `${l.year}:${l.amount}:${l.nature}`) : [],
    );
    expect(tranches).toEqual([
      '2022:250000:structural',
      '2023:500000:structural',
      '2024:1000000:structural',
      '2025:150000:structural',
    ]);
    const perDomain = events.flatMap((e) =>
      e.type === 'MeasurePlanRevised' ? e.data.lines.map((l) => `${e.data.measureId}:${l.amount}`) : [],
    );
    expect(perDomain).toEqual([
      'domein-part:200000',
      'domein-wmo:650000',
      'domein-jeugd:450000',
      'domein-breed:600000',
    ]);
    const costs = events.flatMap((e) =>
      e.type === 'CostCommitted' ? [`${e.data.year}:${e.data.amount}:${e.data.nature}`] : [],
    );
    expect(costs).toEqual([
      '2022:350000:incidental',
      '2023:350000:incidental',
      '2024:350000:incidental',
      '2025:350000:incidental',
    ]);
  });

  it('stamps who, when and why on every event from the context, never from the command', async () => {
    const ledger = await recordHoogeveen();
    const [first, , target] = await ledger.readStream(HOOGEVEEN_STREAM);
    expect(first!.metadata).toMatchObject({
      eventId: 'evt-000001',
      tenant: HOOGEVEEN,
      actor: 'user:controller-1',
      recordedAt: '2022-03-01T09:00:00.000Z',
      reason: 'programmaplan',
      causationId: null,
    });
    expect(target!.metadata.decisionId).toBe('raad-2022-programmaplan');
    expect(first!.revision).toBe(0);
  });

  it('returns typed refusals instead of throwing', async () => {
    const ledger = await recordHoogeveen();
    const outcome = await ledger.execute(
      {
        type: 'RegisterMeasure',
        data: {
          programmeId: HOOGEVEEN_PROGRAMME,
          measureId: 'x',
          code: 'WMO',
          title: 't',
          domain: 'WMO',
          category: 'beleidskeuze',
          owner: 'o',
        },
      },
      context,
    );
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'domain', code: 'MEASURE_CODE_TAKEN' } });
    // executeUnknown: the shape below would not compile with execute (see typed-execute.unit.spec.ts).
    const invalid = await ledger.executeUnknown(
      {
        type: 'RealiseSaving',
        data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2022, amount: 12.5 },
      },
      context,
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const unknown = await ledger.executeUnknown({ type: 'DropTable', data: {} }, context);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it("refuses a pinned revision that is not the stream's", async () => {
    const ledger = await recordHoogeveen();
    const command = {
      type: 'RealiseSaving' as const,
      data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2022, amount: '1000' },
    };
    const stale = await ledger.execute(command, { ...context, expectedRevision: 3 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONCURRENCY_CONFLICT', actual: 15 } });
    const fresh = await ledger.execute(command, { ...context, expectedRevision: 15 });
    expect(fresh).toMatchObject({ ok: true, value: { firstRevision: 16, lastRevision: 16 } });
  });

  it('lets exactly one of two writers pinned to the same revision win', async () => {
    const store = createMemoryEventStore();
    const a = createLedger({ store, clock: steppingClock('2022-03-01T00:00:00Z'), ids: sequentialIds('a') });
    const b = createLedger({ store, clock: steppingClock('2022-03-01T00:00:00Z'), ids: sequentialIds('b') });
    await recordHoogeveen(a);
    const realise = (amount: string) => ({
      type: 'RealiseSaving' as const,
      data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2022, amount },
    });
    const results = await Promise.all([
      a.execute(realise('1'), { ...context, expectedRevision: 15 }),
      b.execute(realise('2'), { ...context, expectedRevision: 15 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'CONCURRENCY_CONFLICT')).toHaveLength(1);
    expect(await store.streamRevision(HOOGEVEEN_STREAM)).toBe(16);
  });

  it('re-decides on the new state when an unpinned writer loses a race', async () => {
    const store = createMemoryEventStore();
    const a = createLedger({ store, clock: steppingClock('2022-03-01T00:00:00Z'), ids: sequentialIds('a') });
    const b = createLedger({ store, clock: steppingClock('2022-03-01T00:00:00Z'), ids: sequentialIds('b') });
    await recordHoogeveen(a);
    await b.programme(HOOGEVEEN, HOOGEVEEN_PROGRAMME); // b caches revision 15
    await a.execute(
      {
        type: 'RealiseSaving',
        data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2022, amount: '1' },
      },
      context,
    );
    const outcome = await b.execute(
      {
        type: 'RealiseSaving',
        data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2023, amount: '2' },
      },
      context,
    );
    expect(outcome).toMatchObject({ ok: true, value: { firstRevision: 17 } });
  });

  it('makes a retried command with the same idempotency key a no-op with the original outcome', async () => {
    const ledger = await recordHoogeveen();
    const command = {
      type: 'RealiseSaving' as const,
      data: { programmeId: HOOGEVEEN_PROGRAMME, measureId: 'domein-wmo', year: 2022, amount: '€ 1.000' },
    };
    const first = await ledger.execute(command, { ...context, idempotencyKey: 'berap-1-regel-7' });
    const again = await ledger.execute(command, { ...context, idempotencyKey: 'berap-1-regel-7' });
    expect(first).toMatchObject({ ok: true, value: { duplicate: false, firstRevision: 16 } });
    expect(again).toMatchObject({ ok: true, value: { duplicate: true, firstRevision: 16, lastRevision: 16 } });
    expect(await ledger.store.streamRevision(HOOGEVEEN_STREAM)).toBe(16);
    const other = await ledger.execute(
      { ...command, data: { ...command.data, amount: '2000' } },
      { ...context, idempotencyKey: 'berap-1-regel-7' },
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('gives each municipality its own key space for idempotency', async () => {
    const ledger = newLedger();
    const income: CommandInput = {
      type: 'RecordIncome',
      data: { year: 2017, source: 'buig', amount: '20751450', basis: 'realised' },
    };
    const a = await ledger.execute(income, { ...context, tenant: 'GM0118', idempotencyKey: 'k' });
    const b = await ledger.execute(income, { ...context, tenant: 'GM0106', idempotencyKey: 'k' });
    expect(a).toMatchObject({ ok: true, value: { duplicate: false, streamId: 'municipality-GM0118' } });
    expect(b).toMatchObject({ ok: true, value: { duplicate: false, streamId: 'municipality-GM0106' } });
  });
});
