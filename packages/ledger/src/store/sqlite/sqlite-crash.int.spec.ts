import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../../chain/verify.js';
import type { StoredEvent } from '../../events/envelope.js';
import { collect } from '../conformance/conformance-context.js';
import {
  COMPILED_SQLITE_ADAPTER,
  compiledAdapterExists,
  fixtureScript,
  spawnNode,
} from './__fixtures__/child-harness.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KILLS = 6;
type CrashData = { batch: number; batchSize: number; indexInBatch: number };

/**
 * SIGKILL tests process crashes: what SQLite acknowledged must be in the file and nothing half-written
 * may be. (Power loss is what synchronous=FULL adds on top; a test cannot pull the plug.)
 */
describe('SQLite store: writer killed with SIGKILL mid-stream', () => {
  it('keeps every acknowledged batch, no partial batch, gap-free revisions and an intact chain', async () => {
    expect(
      compiledAdapterExists(),
      `missing ${COMPILED_SQLITE_ADAPTER}: run "npx tsc -p tsconfig.build.json" in packages/ledger`,
    ).toBe(true);
    const path = join(dir, 'crash.sqlite');
    const acknowledged = new Map<number, number>(); // batch -> size
    let nextBatch = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const writer = spawnNode(fixtureScript('crash-writer.mjs'), [COMPILED_SQLITE_ADAPTER, path, String(nextBatch)]);
      const killAfter = 3 + kill * 2; // acknowledgements to wait for before the kill, more each round
      await writer.waitForLine(
        (line) => line.startsWith('ack') && Number(line.split(' ')[1]) >= nextBatch + killAfter - 1,
      );
      writer.process.kill('SIGKILL');
      const { signal } = await writer.exited;
      expect(signal).toBe('SIGKILL');
      for (const line of writer.lines.filter((l) => l.startsWith('ack '))) {
        const [, batch, size] = line.split(' ');
        acknowledged.set(Number(batch), Number(size));
      }
      // Restart from the last acknowledged batch + 1; a batch committed but not acknowledged before the
      // kill is re-sent with the same ids and must come back as a duplicate rather than twice.
      nextBatch = Math.max(...acknowledged.keys()) + 1;
    }

    const store = openSqliteEventStore({ path });
    try {
      const all = await collect(store.readAll());
      const byBatch = new Map<number, StoredEvent[]>();
      for (const event of all) {
        const { batch } = event.data as CrashData;
        byBatch.set(batch, [...(byBatch.get(batch) ?? []), event]);
      }
      for (const [batch, size] of acknowledged)
        expect(byBatch.get(batch)?.length, `acknowledged batch ${batch}`).toBe(size);
      for (const [batch, events] of byBatch) {
        const data = events.map((e) => e.data as CrashData);
        expect(
          data.map((d) => d.indexInBatch),
          `batch ${batch} complete and in order`,
        ).toEqual([...Array(data[0]!.batchSize).keys()]);
        expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => events[0]!.revision + i));
      }
      for (const stream of ['programme-crash-0', 'programme-crash-1']) {
        const revisions = (await store.readStream(stream)).map((e) => e.revision);
        expect(revisions).toEqual([...revisions.keys()]);
      }
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILLS * 3);
      const report = await verifyStore(store);
      expect(report.breaks).toEqual([]);
      expect(report.eventsChecked).toBe(all.length);
    } finally {
      await store.close();
    }
  });
});
