import { describe, expect, it } from 'vitest';
import { createProjectionQueries } from '../queries/queries.js';
import type { FoldReport } from '../queries/load-at.js';
import { createProjectionRunner } from '../runner/runner.js';
import { eventBuilder, positionOf } from '../testing/event-builder.js';
import { recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';

const P = 'programme-hv-2022';
const EVERY = 500;

/**
 * Given Hoogeveen's programme with 3,000 realisations reported one a minute from 2023-01-02, and then a
 * journal imported on 2023-06-01 that back-dates five realisations of 2024 to 2023-01-01 (before most of
 * the history), with a snapshot every 500 events.
 */
async function given() {
  const b = eventBuilder({ start: '2022-03-01T09:00:00Z' });
  recordHoogeveenProgramme(b);
  b.at('2023-01-02T00:00:00Z');
  for (let i = 0; i < 3000; i++) {
    b.at(new Date(Date.parse('2023-01-02T00:00:00Z') + i * 60_000).toISOString());
    b.append(P, 'SavingRealised', { measureId: 'wmo-voorliggend', year: 2023, amount: String(1000 + i) });
  }
  for (let i = 0; i < 5; i++) {
    b.at(`2023-01-01T1${i}:00:00Z`);
    b.append(P, 'SavingRealised', { measureId: 'jeugd-poh', year: 2024, amount: String(50_000 + i) });
  }
  const store = createTestStore(b.events);
  const runner = createProjectionRunner({ store, snapshotEvery: EVERY });
  await runner.start();
  const folds: FoldReport[] = [];
  const fast = createProjectionQueries(store, {
    latest: runner.models,
    snapshots: runner.snapshots,
    onFold: (r) => folds.push(r),
  });
  return { b, store, runner, folds, fast, slow: createProjectionQueries(store) };
}

const realised2023 = (slices: Array<{ year: number; realised: string }>) =>
  slices.find((s) => s.year === 2023)!.realised;

describe('as-of in O(tail)', () => {
  it('by position: folds only the events after the nearest snapshot at or before it', async () => {
    const { b, folds, fast, slow } = await given();
    const position = b.events[2100]!.position;
    const slices = await fast.yearSlices('hv-2022', { position });
    expect(slices).toEqual(await slow.yearSlices('hv-2022', { position }));
    expect(folds).toHaveLength(1);
    expect(folds[0]).toMatchObject({ streamId: P, fromRevision: 2000 });
    expect(folds[0]!.folded).toBe(101); // revisions 2000-2100, not 2,101 events
  });

  it('by time: from the snapshot whose watermark is at or before it, the back-dated events included', async () => {
    const { b, folds, fast, slow } = await given();
    const at = b.events[2100]!.metadata.recordedAt;
    const slices = await fast.yearSlices('hv-2022', { at });
    expect(slices).toEqual(await slow.yearSlices('hv-2022', { at }));
    // The five back-dated realisations of 2024 were recorded (by their own account) before `at`: they count.
    expect(slices.find((s) => s.year === 2024)!.realised).toBe('50004');
    expect(folds[0]).toMatchObject({ fromRevision: 2000 });
    expect(folds[0]!.folded).toBe(101 + 5);
  });

  it('a cut-off before the watermark of every snapshot folds from the start, and still takes the back-dated events', async () => {
    const { folds, fast, slow } = await given();
    const at = '2023-01-01T23:00:00Z'; // after the back-dated times, before the realisations of 2023
    const slices = await fast.yearSlices('hv-2022', { at });
    expect(slices).toEqual(await slow.yearSlices('hv-2022', { at }));
    expect(slices.find((s) => s.year === 2024)!.realised).toBe('50004');
    expect(realised2023(slices)).toBe('0');
    expect(folds[0]!.fromRevision).toBe(0);
    // Events up to the first snapshot, and the back-dated ones after it: never the 3,000 in between.
    expect(folds[0]!.folded).toBeLessThanOrEqual(EVERY + 5);
  });

  it('a diff between two moments reads one window and names the events between them', async () => {
    const { b, folds, fast, slow } = await given();
    const from = { position: positionOf(2301) };
    const to = { at: b.events[2450]!.metadata.recordedAt };
    const diff = await fast.diff('hv-2022', from, to);
    expect(diff).toEqual(await slow.diff('hv-2022', from, to));
    expect(diff.measures.find((m) => m.measureId === 'wmo-voorliggend')!.changes[0]!.eventIds).toHaveLength(150);
    expect(folds.every((f) => f.fromRevision === 2000 && f.folded <= EVERY + 5)).toBe(true);
  });

  it('a diff folds each moment from its own snapshot, and reads the events between only for the change list', async () => {
    const { b, folds, fast, slow } = await given();
    const from = { position: positionOf(1301) };
    const to = { at: b.events[2450]!.metadata.recordedAt };
    const diff = await fast.diff('hv-2022', from, to);
    expect(diff).toEqual(await slow.diff('hv-2022', from, to));
    // Every realisation recorded between the moments is named: the change list needs the events between.
    expect(diff.measures.find((m) => m.measureId === 'wmo-voorliggend')!.changes[0]!.eventIds).toHaveLength(1150);
    expect(folds).toHaveLength(2);
    // `from` from the snapshot at 1000 (301 events up to position 1301); `to` from the one at 2000 (2000-2450 and the
    // five back-dated realisations), not the 1,450 events from 1000 that one window for both would fold.
    expect(folds[0]).toMatchObject({ fromRevision: 1000, folded: 301 });
    expect(folds[1]).toMatchObject({ fromRevision: 2000, folded: 451 + 5 });
  });

  it('asking the same moment again at the same stream revision is answered without folding', async () => {
    const { b, folds, fast, store } = await given();
    const at = b.events[2100]!.metadata.recordedAt;
    const first = await fast.yearSlices('hv-2022', { at });
    expect(await fast.yearSlices('hv-2022', { at })).toEqual(first);
    expect(folds).toHaveLength(1);
    // A new event in the stream is a new revision: the next ask folds again (and sees the same figures,
    // the event being recorded after `at`).
    b.at('2023-07-01T00:00:00Z');
    store.put([b.append(P, 'SavingRealised', { measureId: 'wmo-voorliggend', year: 2023, amount: '7' })]);
    expect(await fast.yearSlices('hv-2022', { at })).toEqual(first);
    expect(folds).toHaveLength(2);
  });
});
