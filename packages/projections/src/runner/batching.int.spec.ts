import { describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionRunner } from './runner.js';
import { openReadModelDb } from './schema.js';

const until = async (done: () => boolean) => {
  for (let turn = 0; turn < 1000 && !done(); turn++) await new Promise((r) => setTimeout(r, 1));
  expect(done()).toBe(true);
};

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

  it('given a commit interval, when writes follow a commit closely, then they wait for the interval and join one commit; a waiting reader does not wait', async () => {
    const b = eventBuilder();
    recordHoogeveenProgramme(b);
    for (let i = 0; i < 6; i++)
      b.append('programme-hv-2022', 'SavingRealised', { measureId: 'wmo-regie', year: 2024, amount: String(i) });
    const store = createTestStore(b.events.slice(0, -6));
    const commits: string[] = [];
    let now = 0;
    const runner = createProjectionRunner({
      store,
      commitIntervalMs: 60_000,
      monotonicNow: () => now,
      faults: { beforeCheckpoint: (position) => commits.push(position) },
    });
    await runner.start();
    commits.length = 0;
    const [first, second, third, ...rest] = b.events.slice(-6);
    // Given a quiet runner: the first write is committed as soon as the event loop comes round
    now = 1_000_000;
    store.put([first!]);
    await until(() => commits.length === 1);
    // When more writes land within the interval: none is committed on its own
    now += 10;
    store.put([second!]);
    store.put([third!]);
    for (let turn = 0; turn < 20; turn++) await new Promise((r) => setImmediate(r));
    expect(commits).toEqual([first!.position]);
    // Then a reader waiting for the last of them makes the runner commit them at once, together
    const reached = await runner.models.waitFor(third!.position, 5_000);
    expect(reached).toBe(true);
    expect(commits).toEqual([first!.position, third!.position]);
    // And idle() commits what is queued without waiting for the interval either
    for (const e of rest) store.put([e]);
    await new Promise((r) => setImmediate(r));
    await runner.idle();
    expect(commits.at(-1)).toBe(b.events.at(-1)!.position);
    expect(runner.checkpoint()?.events).toBe(b.events.length);
    await runner.stop();
  });

  it('keeps the read-model file in WAL with synchronous=NORMAL: atomic commits, the store is the durable one', () => {
    const db = openReadModelDb();
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });
});
