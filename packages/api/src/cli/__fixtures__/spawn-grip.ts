import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI as a user runs it: `node packages/api/bin/grip.js ...`, which needs the built dist/ (turbo builds before tests).
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const bin = join(repoRoot, 'packages/api/bin/grip.js');

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `grip <args>` on a data folder from the repository root, without colours. */
export function spawnGrip(dataDir: string, args: readonly string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GRIP_DATA_DIR: dataDir, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
