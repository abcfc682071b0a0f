import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../../chain/verify.js';
import { expectStoreFailure } from '../conformance/conformance-context.js';
import { createEventFixtures } from '../conformance/event-fixtures.js';
import { openSqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-sqlite-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARKER = 'tamper-target-zq';

/** Writes two streams, the marked event at revision 1 of the first, and closes so the WAL is checkpointed. */
async function writeStoreWithMarker(name: string) {
  const path = join(dir, `${name}.sqlite`);
  const f = createEventFixtures(name);
  const store = openSqliteEventStore({ path });
  const target = f.savingRealised({ measureId: MARKER });
  await store.append(f.stream('tampered'), [f.savingRealised(), target, f.savingRealised()], 'no-stream');
  await store.append(f.stream('untouched'), f.batch(2), 'no-stream');
  await store.close();
  expect(!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0).toBe(true);
  return { path, f, targetId: target.metadata.eventId };
}

/** Changes exactly one byte of the file on disk, found through the marker's bytes. */
function flipOneByte(path: string, offsetFromMarker: number, xor: number): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(MARKER);
  expect(at).toBeGreaterThan(0);
  expect(bytes.lastIndexOf(MARKER)).toBe(at); // exactly one copy, so we know which event we damage
  bytes[at + offsetFromMarker]! ^= xor;
  writeFileSync(path, bytes);
}

describe('SQLite store: tampering with the file on disk', () => {
  it('a changed letter in an event is reported as the first break of its stream, naming that event', async () => {
    const { path, f, targetId } = await writeStoreWithMarker('letter');
    flipOneByte(path, 0, 0x01); // 't' -> 'u': still valid JSON, different content

    const store = openSqliteEventStore({ path });
    try {
      const report = await verifyStore(store);
      expect(report.ok).toBe(false);
      expect(report.breaks).toEqual([
        expect.objectContaining({
          streamId: f.stream('tampered'),
          revision: 1,
          eventId: targetId,
          problem: 'hash-mismatch',
        }),
      ]);
      expect(report.streamsChecked).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('a byte that makes the JSON unreadable surfaces as STORE_CORRUPT and verify names the event', async () => {
    const { path, f, targetId } = await writeStoreWithMarker('syntax');
    flipOneByte(path, -1, 0x01); // the opening quote of the value becomes '#': not JSON any more

    const store = openSqliteEventStore({ path });
    try {
      const failure = await expectStoreFailure(store.readStream(f.stream('tampered')), 'STORE_CORRUPT');
      expect(failure).toMatchObject({ streamId: f.stream('tampered'), eventId: targetId });
      expect(failure.message).toContain('revision 1');
      const report = await verifyStore(store);
      expect(report.breaks).toEqual([
        expect.objectContaining({
          streamId: f.stream('tampered'),
          revision: 1,
          eventId: targetId,
          problem: 'unreadable',
        }),
      ]);
      expect(await store.readStream(f.stream('untouched'))).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
