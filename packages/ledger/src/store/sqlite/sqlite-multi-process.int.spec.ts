import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../../chain/verify.js';
import { createEventFixtures } from '../conformance/event-fixtures.js';
import {
  COMPILED_SQLITE_ADAPTER,
  compiledAdapterExists,
  fixtureScript,
  spawnNode,
} from './__fixtures__/child-harness.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { ok: boolean; lastRevision?: number; code?: string; actual?: number | null };

describe('SQLite store: two processes on one file', () => {
  it('the compiled adapter exists (turbo builds the package before its tests)', () => {
    expect(
      compiledAdapterExists(),
      `missing ${COMPILED_SQLITE_ADAPTER}: run "npx tsc -p tsconfig.build.json" in packages/ledger`,
    ).toBe(true);
  });

  it('of two processes appending with the same expected revision, exactly one wins, every round; a subscription sees their appends by polling', async () => {
    const path = join(dir, 'race.sqlite');
    const f = createEventFixtures('race');
    const stream = f.stream('contested');
    const store = openSqliteEventStore({ path, pollIntervalMs: 25 });
    await store.append(stream, f.batch(1), 'no-stream');
    // Appends made by the child processes reach this subscription only through polling: no in-process signal.
    const delivered: number[] = [];
    let allDelivered!: () => void;
    const sawEverything = new Promise<void>((resolve) => (allDelivered = resolve));
    const subscription = store.subscribe((e) => {
      delivered.push(e.revision);
      if (e.revision === 8) allDelivered();
    });
    try {
      for (let round = 0; round < 4; round++) {
        const expected = (await store.streamRevision(stream))!;
        const writers = ['a', 'b'].map((w) =>
          spawnNode(fixtureScript('race-writer.mjs'), [
            COMPILED_SQLITE_ADAPTER,
            path,
            stream,
            String(expected),
            `race-${round}-${w}`,
          ]),
        );
        await Promise.all(writers.map((w) => w.waitForLine((l) => l === 'ready')));
        for (const w of writers) w.process.stdin.write('go\n');
        const outcomes = await Promise.all(
          writers.map(async (w) => JSON.parse(await w.waitForLine((l) => l.startsWith('{'))) as Outcome),
        );
        await Promise.all(writers.map((w) => w.exited));

        const winners = outcomes.filter((o) => o.ok);
        const losers = outcomes.filter((o) => !o.ok);
        expect(winners).toHaveLength(1);
        expect(losers).toEqual([{ ok: false, code: 'CONCURRENCY_CONFLICT', actual: expected + 2 }]);
        expect(winners[0]!.lastRevision).toBe(expected + 2);
        expect(await store.streamRevision(stream)).toBe(expected + 2);
      }
      expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([...Array(9).keys()]);
      expect((await verifyStore(store)).ok).toBe(true);
      await sawEverything;
      expect(delivered).toEqual([...Array(9).keys()]);
    } finally {
      await subscription.close();
      await store.close();
    }
  });
});
