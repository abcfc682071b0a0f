import { UnreadableEventError, type StoredEvent } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createEngine } from './engine.js';
import { createProjectionRunner } from './runner.js';
import { openReadModelDb } from './schema.js';

const hoogeveenEvents = () => {
  const b = eventBuilder();
  recordHoogeveenProgramme(b);
  recordHoogeveenBalance(b);
  return b;
};

describe('projection runner', () => {
  it('projects Hoogeveen incrementally and a rebuild gives the same read models', async () => {
    const store = createTestStore(hoogeveenEvents().events);
    const runner = createProjectionRunner({ store, batchSize: 7 });
    await runner.start();
    expect(runner.readModels.yearSlices('hv-2022').map((s) => s.planned)).toEqual([
      '250000',
      '750000',
      '1750000',
      '1900000',
    ]);
    expect(runner.readModels.fiscalBalances('GM0118').map((b) => [b.year, b.saldo])).toEqual([
      [2017, '-646765'],
      [2018, '-4436005'],
      [2019, '-2729576'],
      [2020, '-646354'],
      [2022, '0'],
      [2023, '0'],
      [2024, '0'],
      [2025, '0'],
    ]);
    expect(runner.readModels.fiscalBalances('GM0118').at(-1)?.projectedSaldo).toBe('1900000');
    const incremental = runner.contentHash();
    expect(runner.checkpoint()).toEqual({ position: store.all.at(-1)!.position, events: store.all.length });
    const report = await runner.rebuild();
    expect(report.events).toBe(store.all.length);
    expect(runner.contentHash()).toBe(incremental);
  });

  it('follows live appends after catching up', async () => {
    const b = hoogeveenEvents();
    const store = createTestStore(b.events);
    const runner = createProjectionRunner({ store });
    await runner.start();
    const later = eventBuilder({ start: '2023-01-01T00:00:00Z', idPrefix: 'late' });
    const live = later.append('programme-hv-2022', 'SavingRealised', {
      measureId: 'domein-part',
      year: 2022,
      amount: '61000',
    });
    store.put([{ ...live, revision: store.all.filter((e) => e.streamId === 'programme-hv-2022').length }]);
    await new Promise((r) => setTimeout(r, 20));
    await runner.idle();
    expect(runner.readModels.yearSlices('hv-2022')[0]!.realised).toBe('61000');
    await runner.stop();
  });

  it('survives a crash between applying an event and committing its checkpoint', async () => {
    const store = createTestStore(hoogeveenEvents().events);
    const db = openReadModelDb();
    let crashAt: string | null = store.all[31]!.position;
    const crashing = createProjectionRunner({
      store,
      db,
      batchSize: 4,
      faults: {
        beforeCheckpoint: (position) => {
          if (position === crashAt) throw new Error('simulated crash');
        },
      },
    });
    await expect(crashing.start()).rejects.toThrow('simulated crash');
    // The failed transaction left nothing behind: checkpoint and read models are at the previous batch.
    const cp = crashing.checkpoint()!;
    expect(cp.events).toBe(28);
    const partial = createProjectionRunner({ store: createTestStore(store.all.slice(0, 28)) });
    await partial.start();
    expect(crashing.contentHash()).toBe(partial.contentHash());
    crashAt = null;
    const restarted = createProjectionRunner({ store, db });
    await restarted.start();
    expect(restarted.checkpoint()!.events).toBe(store.all.length);
    const reference = createProjectionRunner({ store });
    await reference.rebuild();
    expect(restarted.contentHash()).toBe(reference.contentHash());
  });

  it('is idempotent by event id when an event is delivered twice', async () => {
    const store = createTestStore(hoogeveenEvents().events);
    const db = openReadModelDb();
    const engine = createEngine(store, db);
    await engine.applyBatch(store.all.slice(0, 40));
    const once = createProjectionRunner({ store, db }).contentHash();
    expect(await engine.applyBatch(store.all.slice(20, 40))).toBe(0);
    expect(createProjectionRunner({ store, db }).contentHash()).toBe(once);
  });

  it('stops on an unreadable event, naming it, and never skips it', async () => {
    const events: StoredEvent[] = [...hoogeveenEvents().events.slice(0, 10)];
    const bad = {
      ...events[9]!,
      revision: 10,
      type: 'SavingRealised',
      data: { measureId: 'x', year: 2022, amount: 'lots' },
      metadata: { ...events[9]!.metadata, eventId: 'evt-bad' },
    };
    const store = createTestStore([...events, bad]);
    const db = openReadModelDb();
    const runner = createProjectionRunner({ store, db, batchSize: 1 });
    const error = await runner.start().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableEventError);
    expect(String(error)).toMatch(/evt-bad.*SavingRealised/);
    expect(runner.checkpoint()!.events).toBe(10);
    await expect(runner.start()).rejects.toThrow(/evt-bad/);
    await expect(createProjectionRunner({ store, db }).start()).rejects.toThrow(/evt-bad/);
    expect(runner.checkpoint()!.events).toBe(10);
  });
});
