import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grip } from './open-grip.js';

export type KeyBootstrap = {
  /** A key to print: the demo key in demo mode. Never logged, only written to the terminal. */
  readonly demoKey: string | null;
  readonly createdBootstrapAdmin: boolean;
};

const demoKeyFile = (grip: Grip) => join(grip.config.dataDir, 'demo-key.txt');

/**
 * GRIP_BOOTSTRAP_ADMIN_KEY becomes the first admin key when there are no keys yet. In demo mode
 * without keys an admin key for every municipality is generated; it is kept in <dataDir>/demo-key.txt
 * (mode 0600) so every demo start can print it again. Outside demo mode nothing is ever generated.
 */
export function bootstrapKeys(grip: Grip): KeyBootstrap {
  const { config, keys, clock } = grip;
  let createdBootstrapAdmin = false;
  if (keys.count() === 0 && config.bootstrapAdminKey) {
    keys.create({ name: 'bootstrap-admin', role: 'admin', municipalities: '*' }, clock.now(), config.bootstrapAdminKey);
    createdBootstrapAdmin = true;
  }
  if (!config.demo) return { demoKey: null, createdBootstrapAdmin };
  if (keys.count() === 0) {
    const { key } = keys.create({ name: 'demo', role: 'admin', municipalities: '*' }, clock.now());
    writeFileSync(demoKeyFile(grip), `${key}\n`, { mode: 0o600 });
    chmodSync(demoKeyFile(grip), 0o600);
    return { demoKey: key, createdBootstrapAdmin };
  }
  const saved = existsSync(demoKeyFile(grip)) ? readFileSync(demoKeyFile(grip), 'utf8').trim() : '';
  return { demoKey: saved !== '' && keys.authenticate(saved) ? saved : null, createdBootstrapAdmin };
}
