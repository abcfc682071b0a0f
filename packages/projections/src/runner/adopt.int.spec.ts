import type { Position } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore, type TestStore } from '../testing/memory-store.js';
import { createProjectionRunner } from './runner.js';
import { openReadModelDb } from './schema.js';

const streamLength = (store: TestStore, streamId: string) => store.all.filter((e) => e.streamId === streamId).length;

/** `n` realisations of 1,000 each on hv-2022's measure, appended to the store. */
function realise(store: TestStore, n: number, prefix: string) {
  const b = eventBuilder({ start: '2023-01-01T00:00:00Z', idPrefix: prefix });
  const first = streamLength(store, 'programme-hv-2022');
  const events = Array.from({ length: n }, (_, i) => ({
    ...b.append('programme-hv-2022', 'SavingRealised', { measureId: 'domein-part', year: 2022, amount: '1000' }),
    revision: first + i,
  }));
  store.put(events);
}

const hoogeveen = () => {
  const b = eventBuilder();
  recordHoogeveenProgramme(b);
  recordHoogeveenBalance(b);
  return createTestStore(b.events);
};

describe('adopting a read-model database rebuilt beside the live one', () => {
  it('catches the new file up while the old one serves, then hands over without going back', async () => {
    // Given a live runner on one file and a rebuild of the same store into a second file
    const store = hoogeveen();
    realise(store, 2000, 'before');
    const live = createProjectionRunner({ store, batchSize: 100 });
    await live.start();
    const oldDb = live.db;
    const rebuilt = createProjectionRunner({ store, db: openReadModelDb() });
    await rebuilt.rebuild();
    // … and events written after the rebuild read the store's head
    realise(store, 700, 'after');
    await live.idle();

    // When the live runner adopts the rebuilt file while a reader keeps asking
    const seen: Position[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const model = live.models.programme('hv-2022');
        expect(model).not.toBeNull();
        seen.push(live.models.position()!);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const left = await live.adopt(rebuilt.db);
    realise(store, 3, 'later');
    await new Promise((r) => setTimeout(r, 20));
    await live.idle();
    reading = false;
    await reader;

    // Then the runner left the old file, follows the new one, and positions never went back
    expect(left).toBe(oldDb);
    expect(live.db).toBe(rebuilt.db);
    expect(live.checkpoint()).toEqual({ position: store.all.at(-1)!.position, events: store.all.length });
    expect(live.models.position()).toBe(store.all.at(-1)!.position);
    const sorted = [...seen].sort((a, b) => store.comparePositions(a, b));
    expect(seen).toEqual(sorted);
    expect(seen.length).toBeGreaterThan(1);
    // The old file was not written after the handover: its checkpoint is where the old runner stopped.
    const oldCheckpoint = oldDb.prepare('SELECT events FROM rm_checkpoint').get() as { events: number };
    expect(oldCheckpoint.events).toBe(store.all.length - 3);
    // And the adopted file equals a rebuild of everything
    const reference = createProjectionRunner({ store });
    await reference.rebuild();
    expect(live.contentHash()).toBe(reference.contentHash());
    expect(live.readModels.yearSlices('hv-2022')[0]!.realised).toBe(
      reference.readModels.yearSlices('hv-2022')[0]!.realised,
    );
    await live.stop();
  });

  it('keeps the old file when the new one cannot be caught up', async () => {
    const store = hoogeveen();
    const live = createProjectionRunner({ store });
    await live.start();
    const oldDb = live.db;
    const broken = openReadModelDb();
    broken.exec('DROP TABLE rm_applied'); // every commit into it fails
    await expect(live.adopt(broken)).rejects.toThrow(/rm_applied/);
    expect(live.db).toBe(oldDb);
    realise(store, 1, 'still');
    await new Promise((r) => setTimeout(r, 20));
    await live.idle();
    expect(live.checkpoint()!.events).toBe(store.all.length);
    await live.stop();
  });
});
