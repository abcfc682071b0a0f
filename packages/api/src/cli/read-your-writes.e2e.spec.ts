import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI as a user runs it (needs the built dist/, which turbo builds before tests).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const bin = join(repoRoot, 'packages/api/bin/grip.js');
const dataDir = mkdtempSync(join(tmpdir(), 'grip-cli-ryw-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function grip(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GRIP_DATA_DIR: dataDir, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A JSON report carries a manifest (sha256 of the report, and the anchor with the time it was taken): the
// same figures give the same sha256, whichever path computed them; only the anchor's time differs.
type Exported = { manifest: { sha256: string; anchor: string }; report: unknown };
const sameFigures = (a: string, b: string) => {
  const [x, y] = [JSON.parse(a) as Exported, JSON.parse(b) as Exported];
  expect(y.report).toEqual(x.report);
  expect(y.manifest.sha256).toBe(x.manifest.sha256);
};

const balance2026 = () =>
  grip('--verbose', 'report', 'fiscal-balance', '--municipality', 'GM0118', '--years', '2026-2026', '--format', 'json');

// Eight CLI runs: bounded at 2 minutes for a loaded machine, like the other spawned-CLI suites.
describe('grip report reads its own writes', { timeout: 120_000 }, () => {
  it('from the read models only while they hold every event; otherwise from the events', () => {
    expect(grip('import', join(repoRoot, 'examples/journals/hoogeveen.yaml')).code).toBe(0);
    const first = grip('--verbose', 'report', 'year-slices', '--programme', 'hoogeveen-herontwerp', '--format', 'json');
    expect(first.stderr).toBe('grip: folded from the events (no read models)\n');

    expect(grip('rebuild').code).toBe(0);
    const fromModels = grip(
      '--verbose',
      'report',
      'year-slices',
      '--programme',
      'hoogeveen-herontwerp',
      '--format',
      'json',
    );
    expect(fromModels.stderr).toMatch(/^grip: from the read models at position \d+\n$/);
    sameFigures(fromModels.stdout, first.stdout);

    // A write the read models have not seen: the report still shows it, folded from the events.
    const journal = join(dataDir, 'income.yaml');
    writeFileSync(
      journal,
      [
        'municipality: GM0118',
        'entries:',
        '  - type: RecordIncome',
        '    data: { year: 2026, source: buig, amount: "€ 1.234.567,89", basis: estimated }',
        '',
      ].join('\n'),
    );
    expect(grip('import', journal).code).toBe(0);
    const behind = balance2026();
    expect(behind.stderr).toMatch(/^grip: folded from the events \(the read models are at \d+, the store at \d+\)\n$/);
    expect(behind.stdout).toContain('1234567.89');

    expect(grip('rebuild').code).toBe(0);
    const caughtUp = balance2026();
    expect(caughtUp.stderr).toMatch(/^grip: from the read models at position \d+\n$/);
    sameFigures(caughtUp.stdout, behind.stdout);
  }, 120_000); // seven CLI spawns: over 30 s on the shared, loaded 2-core machine
});
