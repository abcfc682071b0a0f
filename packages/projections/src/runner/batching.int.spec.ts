import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionRunner } from './runner.js';
import { openReadModelDb } from './schema.js';

describe('the runner batches its commits', () => {
  it('commits events that arrive live together, many per transaction, the checkpoint with them', async () => {
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    for (let i = 0; i < 60; i++)
      b.append('programme-hv-2022', 'SavingRealised', { measureId: 'wmo-regie', year: 2024, amount: String(i) });
    const store = createTestStore(b.events.slice(0, 10));
    const commits: string[] = [];
    const runner = createProjectionRunner({
      store,
      faults: { beforeCheckpoint: (position) => commits.push(position) },
    });
    await runner.start();
    commits.length = 0;
    // Given writes landing while the runner is live (one append each, as the service makes them)
    for (const e of b.events.slice(10)) store.put([e]);
    await new Promise((r) => setImmediate(r));
    await runner.idle();
    // Then far fewer commits than events, and the last checkpoint is the last event
    const live = b.events.length - 10;
    expect(live).toBeGreaterThan(20);
    expect(commits.length).toBeLessThan(live / 4);
    expect(commits.at(-1)).toBe(b.events.at(-1)!.position);
    expect(runner.checkpoint()).toEqual({ position: b.events.at(-1)!.position, events: b.events.length });
    await runner.stop();
  });

  it('keeps the read-model file in WAL with synchronous=NORMAL: atomic commits, the store is the durable one', () => {
    const db = openReadModelDb();
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });
});
