import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentReadModel, readModelFiles, removeReadModel } from './read-model-files.js';

/**
 * A process that has a read-model file open for writing marks it with `<file>.owner`, holding its pid:
 * `grip rebuild` the file it builds, the service the file it serves (also the old one while it catches a
 * new one up, when the pointer has already moved on). A file whose owner is alive is left alone; one
 * whose owner is gone (a rebuild killed half-way) is debris, like an old file that is no longer current.
 */
export function markOwner(path: string, pid = process.pid): () => void {
  writeFileSync(`${path}.owner`, `${pid}\n`);
  return () => rmSync(`${path}.owner`, { force: true });
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function owner(path: string): number | null {
  try {
    const pid = Number(readFileSync(`${path}.owner`, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a live process other than this one has marked the file as its own. */
export function ownedByAnother(path: string, alive: (pid: number) => boolean = processAlive): boolean {
  const pid = owner(path);
  return pid !== null && pid !== process.pid && alive(pid);
}

/**
 * Removes read-model files that are neither current (the pointer is read now, after the caller opened
 * its file: a rebuild that switched the pointer meanwhile keeps its file), nor in `keep`, nor being built
 * by (or open in) a live process. Returns the names removed.
 */
export function removeStaleReadModels(
  dataDir: string,
  keep: readonly string[],
  alive: (pid: number) => boolean = processAlive,
): string[] {
  const kept = new Set([...keep, currentReadModel(dataDir).file]);
  const removed: string[] = [];
  for (const file of readModelFiles(dataDir)) {
    if (kept.has(file)) continue;
    const path = join(dataDir, file);
    if (ownedByAnother(path, alive)) continue;
    removeReadModel(path);
    removed.push(file);
  }
  return removed;
}
