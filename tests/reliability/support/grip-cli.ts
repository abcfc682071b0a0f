import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(repoRoot, 'packages/api/bin/grip.js');
export const journal = (name: string): string => join(repoRoot, 'examples/journals', name);

export type Run = { code: number | null; stdout: string; stderr: string };

/** The grip CLI as a user runs it (the built dist/), on one data folder. */
export function grip(dataDir: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GRIP_DATA_DIR: dataDir, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `grip-${prefix}-`));

/** A copy of a closed data folder (no process has it open, so the WAL is checkpointed into the files). */
export function copyDataDir(from: string, prefix: string): string {
  const to = tempDir(prefix);
  for (const file of ['grip.sqlite', 'keys.sqlite', 'anchors.jsonl'])
    if (existsSync(join(from, file))) copyFileSync(join(from, file), join(to, file));
  return to;
}

/** Edits the event store file directly, as someone with write access to it would. */
export function editStore<T>(dataDir: string, edit: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'grip.sqlite'));
  try {
    return db.transaction(() => edit(db))();
  } finally {
    db.close();
  }
}
