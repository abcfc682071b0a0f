import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventBuilder } from '../testing/event-builder.js';
import { recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { createTestStore } from '../testing/memory-store.js';
import { createProjectionRunner } from './runner.js';

const dir = mkdtempSync(join(tmpdir(), 'grip-integrity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function healthyFile(path: string) {
  const b = eventBuilder();
  recordHoogeveenProgramme(b);
  recordHoogeveenBalance(b);
  const store = createTestStore(b.events);
  const runner = createProjectionRunner({ store, db: path });
  await runner.start();
  const hash = runner.contentHash();
  await runner.stop();
  runner.db.close();
  return { store, hash };
}

describe('a corrupt read-model file', () => {
  it('is detected at start, moved aside and rebuilt from the events, never served', async () => {
    const path = join(dir, 'damaged.sqlite');
    const { store, hash } = await healthyFile(path);
    // Damage a page in the middle of the file (the header stays valid, so only the check can tell).
    const bytes = readFileSync(path);
    bytes.fill(0xab, 4096 * 2, 4096 * 3);
    writeFileSync(path, bytes);
    const reported: string[] = [];
    const runner = createProjectionRunner({ store, db: path, onCorrupt: (movedTo) => reported.push(movedTo) });
    expect(reported).toEqual([`${path}.corrupt`]);
    expect(existsSync(`${path}.corrupt`)).toBe(true);
    expect(runner.models.position()).toBeNull(); // nothing from the damaged file is served
    await runner.start();
    expect(runner.contentHash()).toBe(hash);
    expect(runner.models.programme('hv-2022')?.model.title).toBe('Herontwerp sociaal domein 2022-2025');
    await runner.stop();
    runner.db.close();
  });

  it('a file that is not a database at all is replaced the same way', async () => {
    const path = join(dir, 'garbage.sqlite');
    const { store, hash } = await healthyFile(path);
    writeFileSync(path, 'this is not a database, it is a note somebody saved over it\n'.repeat(200));
    const runner = createProjectionRunner({ store, db: path, onCorrupt: () => undefined });
    await runner.start();
    expect(runner.contentHash()).toBe(hash);
    await runner.stop();
    runner.db.close();
  });

  it('a healthy file is opened as it is', async () => {
    const path = join(dir, 'healthy.sqlite');
    const { store, hash } = await healthyFile(path);
    const reported: string[] = [];
    const runner = createProjectionRunner({ store, db: path, onCorrupt: (m) => reported.push(m) });
    expect(reported).toEqual([]);
    expect(runner.contentHash()).toBe(hash);
    runner.db.close();
  });
});
