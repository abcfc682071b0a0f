// READMEs, docs and the demo journals cite the seed documents by file name only: a reader has the
// repository, not the machine it was written on, so no path may point outside it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tracked = execFileSync('git', ['ls-files', '*.md', '*.yaml', '*.yml', '*.csv'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && !f.includes('node_modules/'));

/** A path to a seed document or a folder outside the repository, as a reader would trip over it. */
const OUTSIDE = /(\/work\/|\/home\/|\/tmp\/|shared\/seeds|seeds\/\d{3}_|\.\.\/\.\.\/\.\.\/)/;

describe('seed documents are cited by file name only', () => {
  it('finds the READMEs and the demo journals to check', () => {
    expect(tracked).toEqual(expect.arrayContaining(['README.md', 'examples/journals/hoogeveen.yaml']));
  });

  it('no README, doc or journal points at a path outside the repository', () => {
    const offenders = tracked.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('every demo journal names its seed document by a bare file name', () => {
    for (const file of tracked.filter((f) => f.startsWith('examples/journals/'))) {
      const header = readFileSync(join(root, file), 'utf8').split('\n').slice(0, 3).join('\n');
      expect(header, file).toMatch(/seed document \d{3}_[0-9a-f]{16}\.txt/);
    }
  });
});
