#!/usr/bin/env node
// Runs every workspace's tests through turbo, then sums their vitest JSON reports into the one
// plain line CI reads: "N passed, N failed" (with ", N skipped" when some were skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const reports = workspaces.map((w) => join(root, w, 'test-results.json'));
for (const report of reports) rmSync(report, { force: true });

// `node scripts/run-tests.mjs unit|int|e2e` runs one tier: test files are named *.unit.spec.ts,
// *.int.spec.ts (real SQLite, threads, processes) and *.e2e.spec.ts (HTTP, CLI, browser).
const tiers = ['unit', 'int', 'e2e'];
const [tier, ...rest] = process.argv.slice(2);
const args = tiers.includes(tier) ? [...rest, '--', '--passWithNoTests', `.${tier}.spec.ts`] : process.argv.slice(2);

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const turbo = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=1', '--continue', ...args], {
  cwd: root,
  stdio: 'inherit',
  env,
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const [i, report] of reports.entries()) {
  if (!existsSync(report)) {
    if (existsSync(join(root, workspaces[i], 'vitest.config.ts'))) missing.push(workspaces[i]);
    continue;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
}
if (missing.length > 0) console.log(`\nno test report from: ${missing.join(', ')}`);
const status = turbo.status ?? 1;
if (status !== 0 && failed === 0) failed = 1; // a suite that crashed before reporting still fails the run
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 || missing.length > 0 ? 1 : 0);
