import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentReadModel, readModelFiles, removeReadModel } from './read-model-files.js';

/**
 * A rebuild in progress marks its new file with `<file>.building`, holding the builder's pid. A file with
 * a marker of a live process is being built and is left alone; one whose builder is gone (killed
 * mid-rebuild) is debris, like an old file that is no longer current.
 */
export function markBuilding(path: string, pid = process.pid): () => void {
  writeFileSync(`${path}.building`, `${pid}\n`);
  return () => rmSync(`${path}.building`, { force: true });
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function builder(path: string): number | null {
  try {
    const pid = Number(readFileSync(`${path}.building`, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Removes read-model files that are neither current (the pointer is read now, after the caller opened
 * its file: a rebuild that switched the pointer meanwhile keeps its file), nor in `keep`, nor being built
 * by a live process. Returns the names removed.
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
    const pid = builder(path);
    if (pid !== null && pid !== process.pid && alive(pid)) continue;
    removeReadModel(path);
    removed.push(file);
  }
  return removed;
}
