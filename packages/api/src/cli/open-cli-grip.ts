import { systemClock, type Clock, type EventStore } from '@grip/ledger';
import { ConfigError, loadConfig, processEnvironment, type GripConfig } from '../app/config.js';
import { openGrip, openStoreToCheck, type Grip } from '../app/open-grip.js';
import { usageError } from './cli-error.js';

export type GlobalOptions = { readonly dataDir?: string; readonly verbose?: boolean; readonly actor?: string };

/** Configuration as the server reads it (environment variables), with --data-dir on top. */
export function cliConfig(
  options: GlobalOptions,
  env: Record<string, string | undefined> = processEnvironment(),
): GripConfig {
  try {
    return loadConfig({ ...env, ...(options.dataDir !== undefined && { GRIP_DATA_DIR: options.dataDir }) });
  } catch (e) {
    if (e instanceof ConfigError) throw usageError(e.problems.join('; '));
    throw e;
  }
}

/** Opens the store for one command and always closes it, also when the command fails. */
export async function withGrip<T>(options: GlobalOptions, work: (grip: Grip) => Promise<T>): Promise<T> {
  const grip = await openGrip(cliConfig(options));
  try {
    return await work(grip);
  } finally {
    await grip.close();
  }
}

/** For a dry run: the store to check against, opened so that nothing is created or written. */
export async function withStoreToCheck<T>(
  options: GlobalOptions,
  work: (target: { store: EventStore; clock: Clock }) => Promise<T>,
): Promise<T> {
  const store = await openStoreToCheck(cliConfig(options));
  try {
    return await work({ store, clock: systemClock() });
  } finally {
    await store.close();
  }
}
