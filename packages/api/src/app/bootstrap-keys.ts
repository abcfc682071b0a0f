import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grip } from './open-grip.js';

export type KeyBootstrap = {
  /** A key to print: the demo key in demo mode. Never logged, only written to the terminal. */
  readonly demoKey: string | null;
  readonly createdBootstrapAdmin: boolean;
  /** What became of GRIP_BOOTSTRAP_ADMIN_KEY, for the start-up log line. */
  readonly bootstrapAdmin: BootstrapAdminOutcome;
};

/**
 * created: there were no keys and the key was stored. present: it is stored and usable. revoked: it
 * was revoked and is never created again (the service starts; the key stays refused). ignored: other
 * keys exist, so it is not added. unset: the variable is not set.
 */
export type BootstrapAdminOutcome = 'created' | 'present' | 'revoked' | 'ignored' | 'unset';

/** The start-up log line for each outcome (null: nothing worth saying). */
export const bootstrapAdminMessage: Record<BootstrapAdminOutcome, string | null> = {
  created: 'created the admin key from GRIP_BOOTSTRAP_ADMIN_KEY',
  present: null,
  revoked:
    'GRIP_BOOTSTRAP_ADMIN_KEY names a key that was revoked: it is not created again and stays refused; unset the variable',
  ignored: 'GRIP_BOOTSTRAP_ADMIN_KEY is not used: other API keys exist (create keys with `grip keys create`)',
  unset: null,
};

const demoKeyFile = (grip: Grip) => join(grip.config.dataDir, 'demo-key.txt');

/** Creates the bootstrap admin key only when it is absent and no key exists; a revoked one never comes back. */
function bootstrapAdminKey({ config, keys, clock }: Grip): BootstrapAdminOutcome {
  const preset = config.bootstrapAdminKey;
  if (!preset) return 'unset';
  const state = keys.stateOf(preset);
  if (state !== 'absent') return state === 'active' ? 'present' : 'revoked';
  if (keys.count() > 0) return 'ignored';
  keys.create({ name: 'bootstrap-admin', role: 'admin', municipalities: '*' }, clock.now(), preset);
  return 'created';
}

/**
 * GRIP_BOOTSTRAP_ADMIN_KEY becomes the first admin key when there are no keys yet. In demo mode
 * without keys an admin key for every municipality is generated; it is kept in <dataDir>/demo-key.txt
 * (mode 0600) so every demo start can print it again. Outside demo mode nothing is ever generated.
 */
export function bootstrapKeys(grip: Grip): KeyBootstrap {
  const { config, keys, clock } = grip;
  const bootstrapAdmin = bootstrapAdminKey(grip);
  const createdBootstrapAdmin = bootstrapAdmin === 'created';
  if (!config.demo) return { demoKey: null, createdBootstrapAdmin, bootstrapAdmin };
  if (keys.count() === 0) {
    const { key } = keys.create({ name: 'demo', role: 'admin', municipalities: '*' }, clock.now());
    writeFileSync(demoKeyFile(grip), `${key}\n`, { mode: 0o600 });
    chmodSync(demoKeyFile(grip), 0o600);
    return { demoKey: key, createdBootstrapAdmin, bootstrapAdmin };
  }
  const saved = existsSync(demoKeyFile(grip)) ? readFileSync(demoKeyFile(grip), 'utf8').trim() : '';
  return { demoKey: saved !== '' && keys.authenticate(saved) ? saved : null, createdBootstrapAdmin, bootstrapAdmin };
}
