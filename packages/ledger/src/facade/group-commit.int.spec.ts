import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreFailure } from '../errors/store-error.js';
import { storeUnavailable } from '../store/shared/store-failures.js';
import { openSqliteEventStore } from '../store/sqlite/sqlite-event-store.js';
import { programmeStreamId, scopedProgrammeKey } from '../store/stream-ids.js';
import {
  context,
  countingStore,
  ledgerOn,
  openProgramme,
  realiseSaving,
  registerMeasure,
} from './__fixtures__/programme-commands.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function setUp(groupCommit?: Parameters<typeof ledgerOn>[1]) {
  const path = join(dir, `group-${files++}.sqlite`);
  const counting = countingStore(openSqliteEventStore({ path }));
  const ledger = ledgerOn(counting.store, groupCommit);
  for (const p of ['p1', 'p2']) {
    expect((await ledger.execute(openProgramme(p), context)).ok).toBe(true);
    expect((await ledger.execute(registerMeasure(p, 'm1'), context)).ok).toBe(true);
  }
  counting.groups.length = 0;
  return { ...counting, ledger, path };
}

const amounts = async (ledger: ReturnType<typeof ledgerOn>, programmeId: string) =>
  (await ledger.readStream(programmeStreamId(scopedProgrammeKey('GM0118', programmeId))))
    .filter((e) => e.type === 'SavingRealised')
    .map((e) => `${e.revision}:${(e.data as { amount: string }).amount}`);

describe('group commit in the ledger', () => {
  it('given a lone caller, then each command is its own group (nothing waits for company)', async () => {
    const { ledger, groups, store } = await setUp();
    for (let i = 1; i <= 3; i++)
      expect((await ledger.execute(realiseSaving('p1', 'm1', `${i}`), context)).ok).toBe(true);
    expect(groups).toEqual([1, 1, 1]);
    await store.close();
  });

  it('given concurrent callers on two streams, then one transaction holds them all, in arrival order per stream', async () => {
    const { ledger, groups, store } = await setUp();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => ledger.execute(realiseSaving(i % 2 ? 'p2' : 'p1', 'm1', `${i}`), context)),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(groups).toEqual([12]);
    expect(await amounts(ledger, 'p1')).toEqual(['2:0', '3:2', '4:4', '5:6', '6:8', '7:10']);
    expect(await amounts(ledger, 'p2')).toEqual(['2:1', '3:3', '4:5', '5:7', '6:9', '7:11']);
    // The answers name what was written, and the cache carried the group's states forward.
    expect(outcomes.map((o) => o.ok && o.value.firstRevision)).toEqual([2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]);
    expect((await ledger.execute(realiseSaving('p1', 'm1', '99'), context)).ok && groups.length).toBe(2);
    await store.close();
  });

  it('decides each command against the state the earlier commands of its group leave behind', async () => {
    const { ledger, groups, store } = await setUp();
    const [registered, sameCode, realised] = await Promise.all([
      ledger.execute(registerMeasure('p1', 'm2', 'C 2.1'), context),
      ledger.execute(registerMeasure('p1', 'm3', 'C 2.1'), context),
      ledger.execute(realiseSaving('p1', 'm2', '500'), context),
    ]);
    expect(groups).toEqual([2]);
    expect(registered.ok).toBe(true);
    expect(sameCode.ok || sameCode.error.code).toBe('MEASURE_CODE_TAKEN');
    expect(realised.ok).toBe(true);
    expect((await ledger.programme('GM0118', 'p1'))?.measures.has('m3')).toBe(false);
    await store.close();
  });

  it('given a command refused by its rules in the middle of a group, then the others are written as if it never came', async () => {
    const { ledger, store } = await setUp();
    const outcomes = await Promise.all([
      ledger.execute(realiseSaving('p1', 'm1', '1'), context),
      ledger.execute(realiseSaving('p1', 'unknown', '2'), context),
      ledger.execute(realiseSaving('p1', 'm1', '3'), { ...context, expectedRevision: 5 }), // stale pin
      ledger.execute(realiseSaving('p1', 'm1', '4'), { ...context, expectedRevision: 2 }), // after the first
    ]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual([
      'ok',
      'MEASURE_NOT_FOUND',
      'CONCURRENCY_CONFLICT',
      'ok',
    ]);
    expect(await amounts(ledger, 'p1')).toEqual(['2:1', '3:4']);
    await store.close();
  });

  it('given the transaction fails, then every caller of the group gets the typed failure, nothing is cached, and the next group goes on', async () => {
    const { ledger, store, failNextGroup, path } = await setUp();
    failNextGroup(storeUnavailable('the event store file cannot be used now (SQLITE_FULL): database or disk is full'));
    const failed = await Promise.all(
      [1, 2, 3].map((i) => ledger.execute(realiseSaving(`p${1 + (i % 2)}`, 'm1', `${i}`), context)),
    );
    expect(failed.map((o) => !o.ok && o.error.code)).toEqual([
      'STORE_UNAVAILABLE',
      'STORE_UNAVAILABLE',
      'STORE_UNAVAILABLE',
    ]);
    const next = await ledger.execute(realiseSaving('p1', 'm1', '7'), context);
    expect(next.ok && next.value.firstRevision).toBe(2);
    await store.close();
    const reopened = ledgerOn(openSqliteEventStore({ path }));
    expect(await amounts(reopened, 'p1')).toEqual(['2:7']);
    expect(await amounts(reopened, 'p2')).toEqual([]);
    await reopened.store.close();
  });

  it('given an unexpected error in the group append, then every caller of the group sees it thrown', async () => {
    const { ledger, store, failNextGroup } = await setUp();
    const bug = new Error('a bug, not a store failure');
    failNextGroup(bug);
    const settled = await Promise.allSettled(
      [1, 2].map((i) => ledger.execute(realiseSaving('p1', 'm1', `${i}`), context)),
    );
    expect(settled).toEqual([
      { status: 'rejected', reason: bug },
      { status: 'rejected', reason: bug },
    ]);
    expect(bug).not.toBeInstanceOf(StoreFailure);
    await store.close();
  });

  it('honours maxBatchSize: 10 concurrent callers with groups of at most 4', async () => {
    const { ledger, groups, store } = await setUp({ maxBatchSize: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => ledger.execute(realiseSaving('p1', 'm1', `${i}`), context)));
    expect(groups).toEqual([4, 4, 2]);
    expect((await amounts(ledger, 'p1')).map((a) => a.split(':')[1])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    await store.close();
  });

  it('honours maxWaitMs: callers arriving within the wait share the first one’s group', async () => {
    const { ledger, groups, store } = await setUp({ maxWaitMs: 50 });
    const first = ledger.execute(realiseSaving('p1', 'm1', '1'), context);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = ledger.execute(realiseSaving('p2', 'm1', '2'), context);
    expect((await first).ok && (await second).ok).toBe(true);
    expect(groups).toEqual([2]);
    await store.close();
  });
});
