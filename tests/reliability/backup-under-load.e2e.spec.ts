import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grip, journal, repoRoot, tempDir, type Run } from './support/grip-cli.js';
import { startService, type Service } from './support/grip-service.js';

const WRITERS = 4;
const dirs: string[] = [];
let service: Service | undefined;
afterAll(async () => {
  await service?.stop();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** The CLI without blocking this process's event loop, so the writers keep writing meanwhile. */
function gripAsync(dataDir: string, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [join(repoRoot, 'packages/api/bin/grip.js'), ...args], {
    env: { ...process.env, GRIP_DATA_DIR: dataDir, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const programme = (id: string) => ({
  programmeId: id,
  title: `Belasting ${id}`,
  period: { firstYear: 2024, lastYear: 2026 },
  domains: [{ code: 'WMO', name: 'Wmo' }],
  categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
});

const programmeStreams = (dataDir: string): Set<string> => {
  const db = new Database(join(dataDir, 'grip.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT DISTINCT stream_id AS s FROM events WHERE stream_id LIKE 'programme-GM0118/load-%'")
      .all();
    return new Set((rows as { s: string }[]).map((r) => r.s));
  } finally {
    db.close();
  }
};

describe('backup under write load, then restore and verify', () => {
  it('keeps every write acknowledged before the backup began, verifies, and refuses a folder in use', async () => {
    const live = tempDir('backup-live');
    const target = tempDir('backup-target');
    const restored = tempDir('backup-restored');
    dirs.push(live, target, restored);
    expect(grip(live, 'import', journal('hoogeveen.yaml')).code).toBe(0);
    expect(grip(live, 'anchor').code).toBe(0);
    const key = grip(live, 'keys', 'create', '--name', 'load', '--role', 'editor', '--municipality', 'GM0118');
    expect(key.code, key.stderr).toBe(0);
    service = await startService(live);

    // Writers: each opens new programmes one after another and records what was acknowledged when.
    const acknowledged: { id: string; at: number }[] = [];
    let failures = 0;
    let writing = true;
    let next = 0;
    const writer = async () => {
      while (writing) {
        const id = `load-${next++}`;
        const res = await fetch(`${service!.url}/api/v1/programmes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key.stdout.trim()}`, 'content-type': 'application/json' },
          body: JSON.stringify(programme(id)),
        });
        if (res.status === 201) acknowledged.push({ id, at: Date.now() });
        else failures++;
        await res.arrayBuffer();
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    await new Promise((r) => setTimeout(r, 1000));

    const backupFile = join(target, 'grip.backup');
    const startedAt = Date.now();
    const ackedBefore = acknowledged.filter((a) => a.at < startedAt).map((a) => a.id);
    const backup = await gripAsync(live, 'backup', backupFile);
    const finishedAt = Date.now();
    await new Promise((r) => setTimeout(r, 300));
    const refused = await gripAsync(live, 'restore', backupFile);
    writing = false;
    await Promise.all(writers);
    const during = acknowledged.filter((a) => a.at >= startedAt && a.at <= finishedAt).length;

    expect(backup.code, backup.stderr).toBe(0);
    expect(failures).toBe(0);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by process \d+/);

    const restore = grip(restored, 'restore', backupFile);
    expect(restore.code, restore.stderr).toBe(0);
    const verify = grip(restored, 'verify');
    const inRestored = programmeStreams(restored);
    const lost = ackedBefore.filter((id) => !inRestored.has(`programme-GM0118/${id}`));
    console.log(
      `[backup under load] tried: ${WRITERS} writers opening programmes over HTTP; grip backup after 1 s took ${finishedAt - startedAt} ms ` +
        `while ${during} more writes were acknowledged; restore into the live folder while the service ran.\n` +
        `  held: ${ackedBefore.length} writes acknowledged before the backup began, ${lost.length} missing after restore; ` +
        `${inRestored.size} load programmes restored (of ${acknowledged.length} acknowledged in all); ` +
        `restore into the live folder refused (${refused.stderr.trim().split('\n')[0]}); verify of the restored folder: ${verify.stdout.trim()}`,
    );
    expect(ackedBefore.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/1 anchor\(s\) hold/);

    // Once the service is stopped, the live folder may be restored: the old files are moved aside.
    expect(await service.stop()).toBe(0);
    service = undefined;
    const again = grip(live, 'restore', backupFile);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('the previous files were moved to');
    expect(grip(live, 'verify').code).toBe(0);
  }, 240_000);
});
