import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Some tests run compiled code: worker threads load dist, the CLI tests spawn bin/grip.js, and tests
 * import the package by its own name as other packages do. So every test run first builds its package
 * and what it depends on (turbo replays what has not changed), and fails loudly if that build fails:
 * a test never skips for want of dist, nor runs against a stale one.
 */
export default function buildBeforeTests(): void {
  const cwd = process.cwd();
  const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name: string };
  const build = spawnSync('npx', ['turbo', 'run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`building ${name} and its dependencies before its tests failed`);
}
