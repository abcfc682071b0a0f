import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createEngine } from './engine.js';
import { createProjectionRunner } from './runner.js';
import { openReadModelDb } from './schema.js';

const measureRows = (db: ReturnType<typeof openReadModelDb>) =>
  db.prepare('SELECT programme_id, measure_id, code, title FROM rm_measure ORDER BY programme_id, measure_id').all();

describe('measure rows are written only when they change', () => {
  it('leaves them alone for realisations, yet writes them again after a commit that rolled back', async () => {
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    const store = createTestStore(b.events);
    const reference = createProjectionRunner({ store });
    await reference.rebuild();
    const registered = store.all.findIndex((e) => e.type === 'MeasureRegistered');
    let crash = true;
    const db = openReadModelDb();
    const engine = createEngine(store, db, {
      faults: {
        beforeCheckpoint: () => {
          if (crash) throw new Error('simulated crash');
        },
      },
    });
    // Given everything up to a measure's registration committed
    crash = false;
    await engine.applyBatch(store.all.slice(0, registered));
    // When the batch that registers measures fails in its transaction, and is then delivered again
    crash = true;
    await expect(engine.applyBatch(store.all.slice(registered))).rejects.toThrow('simulated crash');
    expect(measureRows(db)).toEqual(measureRows(openReadModelDb()));
    crash = false;
    await engine.applyBatch(store.all.slice(registered));
    // Then the measures are there, and every read model equals a rebuild's
    expect(measureRows(db).length).toBeGreaterThan(0);
    expect(measureRows(db)).toEqual(measureRows(reference.db));
    expect(createProjectionRunner({ store, db }).contentHash()).toBe(reference.contentHash());
  });
});
