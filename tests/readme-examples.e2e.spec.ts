import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every README code block marked ```js that is followed by a "prints" block is run and its output compared. */
function runnableExamples(readme: string): Array<{ code: string; expected: string }> {
  const pattern = /```js\n([\s\S]*?)```\s*\n+prints\s*\n+```\n([\s\S]*?)```/g;
  return [...readme.matchAll(pattern)].map((m) => ({ code: m[1]!, expected: m[2]!.trim() }));
}

const packages = ['packages/ledger', 'packages/projections', 'packages/api', 'packages/dashboard'].filter((p) =>
  existsSync(join(root, p, 'README.md')),
);

describe('README examples', () => {
  it('the ledger README has a runnable example', () => {
    expect(runnableExamples(readFileSync(join(root, 'packages/ledger/README.md'), 'utf8')).length).toBeGreaterThan(0);
  });

  for (const pkg of packages) {
    const examples = runnableExamples(readFileSync(join(root, pkg, 'README.md'), 'utf8'));
    examples.forEach(({ code, expected }, i) => {
      it(`${pkg} README example ${i + 1} prints what the README says`, () => {
        // Written inside the package so that its own dependencies resolve as they would for a user.
        const file = join(root, pkg, `.readme-example-${i}.mjs`);
        writeFileSync(file, code);
        try {
          const output = execFileSync(process.execPath, [file], { cwd: join(root, pkg), encoding: 'utf8' });
          expect(output.trim()).toBe(expected);
        } finally {
          rmSync(file, { force: true });
        }
      });
    });
  }

  it('the ledger example file is the README example, word for word', () => {
    const [example] = runnableExamples(readFileSync(join(root, 'packages/ledger/README.md'), 'utf8'));
    const file = readFileSync(join(root, 'packages/ledger/examples/readme-example.mjs'), 'utf8');
    expect(file.endsWith(example!.code)).toBe(true);
  });
});

describe('examples/embedding', () => {
  it('records, reads back and verifies through the public API only', () => {
    const output = execFileSync(process.execPath, [join(root, 'examples/embedding/main.mjs')], { encoding: 'utf8' });
    expect(output).toContain('events: 3');
    expect(output).toContain('tranches: 2022=250000 2023=500000 2024=1000000 2025=150000');
    expect(output).toContain('chain: intact (3 events)');
  });

  it('imports nothing but the public entry points of @grip/ledger', () => {
    const source = readFileSync(join(root, 'examples/embedding/main.mjs'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => i?.startsWith('@grip/'))).toEqual(['@grip/ledger', '@grip/ledger/sqlite']);
  });
});
