import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every process that opens a data folder (the service, each CLI command) leaves a marker named after its
 * pid in <dataDir>/in-use/ and removes it on close, so `grip restore` can refuse a folder in use. A marker
 * of a process that no longer runs (killed with SIGKILL) is stale and ignored.
 */
const folder = (dataDir: string) => join(dataDir, 'in-use');

export function markInUse(dataDir: string, pid = process.pid): () => void {
  mkdirSync(folder(dataDir), { recursive: true });
  const marker = join(folder(dataDir), String(pid));
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return () => rmSync(marker, { force: true });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
};

/** The pids of other running processes that have the folder open. */
export function processesUsing(dataDir: string, self = process.pid): number[] {
  let names: string[];
  try {
    names = readdirSync(folder(dataDir));
  } catch {
    return [];
  }
  return names
    .map(Number)
    .filter((pid) => Number.isSafeInteger(pid) && pid > 0 && pid !== self)
    .filter(alive);
}
