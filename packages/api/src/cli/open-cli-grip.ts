import { systemClock, type Clock, type EventStore, type MunicipalityRegister } from '@grip/ledger';
import { ConfigError, loadConfig, processEnvironment, type GripConfig } from '../app/config.js';
import { openGrip, openStoreToCheck, type Grip } from '../app/open-grip.js';
import { loadMunicipalityList } from '../app/municipality-list.js';
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

/** The operator's municipality list, or a usage error naming what is wrong with it. */
function loadListOrUsage(config: GripConfig): MunicipalityRegister | undefined {
  try {
    return loadMunicipalityList(config.municipalityListPath);
  } catch (e) {
    if (e instanceof ConfigError) throw usageError(e.problems.join('; '));
    throw e;
  }
}

/** Opens the store for one command and always closes it, also when the command fails. */
export async function withGrip<T>(options: GlobalOptions, work: (grip: Grip) => Promise<T>): Promise<T> {
  const grip = await openGrip(cliConfig(options)).catch((e: unknown) => {
    throw e instanceof ConfigError ? usageError(e.problems.join('; ')) : e; // e.g. a bad municipality list
  });
  try {
    return await work(grip);
  } finally {
    await grip.close();
  }
}

/** For a dry run: the store to check against, opened so that nothing is created or written. */
export async function withStoreToCheck<T>(
  options: GlobalOptions,
  work: (target: { store: EventStore; clock: Clock; municipalities?: MunicipalityRegister }) => Promise<T>,
): Promise<T> {
  const config = cliConfig(options);
  const municipalities = loadListOrUsage(config);
  const store = await openStoreToCheck(config);
  try {
    return await work({ store, clock: systemClock(), ...(municipalities && { municipalities }) });
  } finally {
    await store.close();
  }
}
