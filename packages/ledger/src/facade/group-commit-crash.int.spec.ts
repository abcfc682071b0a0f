import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../chain/verify.js';
import { collect } from '../store/conformance/conformance-context.js';
import {
  COMPILED_SQLITE_ADAPTER,
  compiledAdapterExists,
  spawnNode,
} from '../store/sqlite/__fixtures__/child-harness.js';
import { openSqliteEventStore } from '../store/sqlite/sqlite-event-store.js';
import { TENANT } from './__fixtures__/programme-commands.js';
import { idempotentEventId } from './idempotency.js';

const COMPILED_LEDGER = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const WRITER = fileURLToPath(new URL('./__fixtures__/group-crash-writer.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grip-group-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CALLERS = 16;
const KILLS = 5;

/**
 * SIGKILL during group commit: 16 callers write concurrently through one ledger, the process is killed
 * mid-stream, restarted, killed again. Every acknowledged command must be in the file exactly once; a
 * command committed but not acknowledged is re-sent with its idempotency key and found, not doubled.
 */
describe('group commit: writer with 16 concurrent callers killed with SIGKILL', () => {
  it('keeps every acknowledged command exactly once, gap-free revisions and an intact chain', async () => {
    expect(compiledAdapterExists(), 'run "npx tsc -p tsconfig.build.json" in packages/ledger first').toBe(true);
    const path = join(dir, 'group-crash.sqlite');
    const acknowledged = new Map<string, { caller: number; n: number; stream: string; revision: number }>();
    const next = Array.from({ length: CALLERS }, () => 0);
    let largestGroup = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const writer = spawnNode(WRITER, [COMPILED_LEDGER, COMPILED_SQLITE_ADAPTER, path, next.join(',')]);
      await writer.waitForLine((line) => line === 'ready');
      const before = acknowledged.size;
      let acks = 0;
      await writer.waitForLine((line) => line.startsWith('ack') && ++acks >= 40 + kill * 25);
      writer.process.kill('SIGKILL');
      expect((await writer.exited).signal).toBe('SIGKILL');
      for (const line of writer.lines) {
        const [what, a, b, stream, revision] = line.split(' ');
        if (what === 'group') largestGroup = Math.max(largestGroup, Number(a));
        if (what !== 'ack') continue;
        const caller = Number(a);
        const n = Number(b);
        acknowledged.set(`${caller}-${n}`, { caller, n, stream: stream!, revision: Number(revision) });
        next[caller] = Math.max(next[caller]!, n + 1);
      }
      expect(acknowledged.size).toBeGreaterThan(before);
    }
    expect(largestGroup, 'the callers were committed together').toBeGreaterThan(1);

    const store = openSqliteEventStore({ path });
    try {
      for (const { caller, n, stream, revision } of acknowledged.values()) {
        const event = await store.findEvent(idempotentEventId(TENANT, `caller-${caller}-${n}`, 0));
        expect(event, `acknowledged command ${caller}-${n}`).toMatchObject({
          streamId: stream,
          revision,
          data: { amount: String(caller * 100_000 + n) },
        });
      }
      const savings = (await collect(store.readAll())).filter((e) => e.type === 'SavingRealised');
      const amounts = savings.map((e) => (e.data as { amount: string }).amount);
      expect(new Set(amounts).size, 'no command stored twice').toBe(amounts.length);
      for (let p = 0; p < 4; p++) {
        const revisions = (await store.readStream(`programme-crash-${p}`)).map((e) => e.revision);
        expect(revisions).toEqual([...revisions.keys()]);
      }
      const report = await verifyStore(store);
      expect(report.breaks).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
