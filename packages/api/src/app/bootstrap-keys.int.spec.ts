import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@grip/ledger';
import { describe, expect, it } from 'vitest';
import { bootstrapAdminMessage, bootstrapKeys } from './bootstrap-keys.js';
import { loadConfig } from './config.js';
import { openGrip } from './open-grip.js';

const PRESET = 'a-long-preset-bootstrap-admin-key-0123456789';

/** Opens the same data folder as a fresh start would, runs the key bootstrap, and closes again. */
async function start(dir: string, work?: (grip: Awaited<ReturnType<typeof openGrip>>) => void) {
  const config = loadConfig({ GRIP_DATA_DIR: dir, GRIP_DEMO: 'off', GRIP_BOOTSTRAP_ADMIN_KEY: PRESET });
  const grip = await openGrip(config, { clock: fixedClock('2025-01-01T00:00:00Z') });
  try {
    const outcome = bootstrapKeys(grip);
    work?.(grip);
    return { outcome: outcome.bootstrapAdmin, authenticates: grip.keys.authenticate(PRESET) !== null };
  } finally {
    await grip.close();
  }
}

describe('the bootstrap admin key (GRIP_BOOTSTRAP_ADMIN_KEY)', () => {
  it('is created once, and after revocation the service still starts and never creates it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grip-bootstrap-'));
    expect(await start(dir)).toEqual({ outcome: 'created', authenticates: true });
    expect(await start(dir)).toEqual({ outcome: 'present', authenticates: true });
    await start(dir, (grip) => {
      const id = grip.keys.list().find((k) => k.name === 'bootstrap-admin')!.keyId;
      expect(grip.keys.revoke(id, new Date())).toBe(true);
    });
    // Before the fix this start failed with "UNIQUE constraint failed: api_keys.key_id".
    expect(await start(dir)).toEqual({ outcome: 'revoked', authenticates: false });
    expect(await start(dir)).toEqual({ outcome: 'revoked', authenticates: false });
    console.info(`after revocation, each start logs: ${bootstrapAdminMessage.revoked}`);
  });

  it('is not added next to keys that exist already', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grip-bootstrap-'));
    const config = loadConfig({ GRIP_DATA_DIR: dir, GRIP_DEMO: 'off' });
    const grip = await openGrip(config);
    grip.keys.create({ name: 'first', role: 'admin', municipalities: '*' }, new Date());
    await grip.close();
    expect(await start(dir)).toEqual({ outcome: 'ignored', authenticates: false });
  });
});
