import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Clock, IdSource } from '@grip/ledger';
import { SQLITE_SIDE_FILES } from '@grip/ledger/sqlite';

/**
 * Which read-model file of a data folder is current. The pointer `read-models.current` holds its file
 * name; without a pointer (a folder no rebuild has touched yet) it is `read-models.sqlite`. Each rebuild
 * writes a file of its own, `read-models.<generation>.sqlite`, and only then points at it: every file
 * has its own `-wal` and `-shm`, so no process ever has a file open whose name another is replacing.
 */
export const POINTER = 'read-models.current';
export const FIRST_FILE = 'read-models.sqlite';
const FILE_NAME = /^read-models(\.[0-9A-Za-z-]+)?\.sqlite$/;
/** SQLite's files beside a read-model file (a rebuild killed before WAL mode was set leaves a journal), and its owner's marker (see owner.ts). */
export const SIDE_FILES = [...SQLITE_SIDE_FILES, '.owner'] as const;

export type ReadModelFile = { readonly file: string; readonly path: string };

export const isReadModelFile = (name: string): boolean => FILE_NAME.test(name);

/** The current read-model file; a pointer that names no read-model file is ignored (with FIRST_FILE). */
export function currentReadModel(dataDir: string): ReadModelFile {
  let file = FIRST_FILE;
  try {
    const named = readFileSync(join(dataDir, POINTER), 'utf8').trim();
    if (isReadModelFile(named)) file = named;
  } catch {
    // no pointer yet
  }
  return { file, path: join(dataDir, file) };
}

/** A new file name, e.g. read-models.20261202T040512Z-1f3a9c.sqlite: sorts by time, unique by id. */
export function newReadModelFile(dataDir: string, clock: Clock, ids: IdSource): ReadModelFile {
  const stamp = clock
    .now()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const id =
    ids
      .next()
      .replace(/[^0-9A-Za-z]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'x';
  const file = `read-models.${stamp}-${id}.sqlite`;
  return { file, path: join(dataDir, file) };
}

/**
 * Points the folder at `file`: written to a temporary name, fsynced, renamed over the pointer (rename(2)
 * is atomic: a reader sees the old name or the new one, never half of one) and the folder fsynced.
 */
export function pointTo(dataDir: string, file: string): void {
  if (!isReadModelFile(file)) throw new RangeError(`${file} is not a read-model file name`);
  const temporary = join(dataDir, `${POINTER}.tmp`);
  writeFileSync(temporary, `${file}\n`);
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, join(dataDir, POINTER));
  const dir = openSync(dataDir, 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** Removes a read-model file with its side files. */
export function removeReadModel(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * The read-model files in the folder, by database name, also when only a side file is left of one (a
 * rebuild killed before its database was created); not the `.corrupt` files kept aside.
 */
export function readModelFiles(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  const base = (name: string) => SIDE_FILES.reduce((n, s) => (n.endsWith(s) ? n.slice(0, -s.length) : n), name);
  return [...new Set(readdirSync(dataDir).map(base))].filter(isReadModelFile).sort();
}
