// The dependency rules `npm run lint` enforces must be able to fail: each is given a small tree that breaks
// it (and a file that keeps it), and the real configuration must name exactly the breaking import.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fileRules = require(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
const folderRules = require(join(root, '.dependency-cruiser.folders.cjs')) as IConfiguration;

const tree: Record<string, string> = {
  'tsconfig.base.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
  // pure domain reaching for I/O and the facade's clock; the port's types are allowed
  'packages/ledger/src/money/leaky.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  'packages/ledger/src/commands/timed.ts':
    "import { systemClock } from '../facade/clock.js';\nimport type { Port } from '../store/port.js';\nexport const c: Port = systemClock;\n",
  'packages/ledger/src/facade/clock.ts': 'export const systemClock = 1;\n',
  'packages/ledger/src/store/port.ts': 'export type Port = number;\n',
  // a cycle made only of type imports
  'packages/ledger/src/events/a.ts': "import type { B } from './b.js';\nexport type A = B | 1;\n",
  'packages/ledger/src/events/b.ts': "import type { A } from './a.js';\nexport type B = A | 2;\n",
  // the ledger importing projections; projections importing ledger sources
  'packages/ledger/src/facade/report.ts': "export { v } from '../../../projections/src/views/deep.js';\n",
  'packages/projections/src/views/deep.ts': "export { x as v } from '../../../ledger/src/money/leaky.js';\n",
  // I/O outside the adapters and the runner; inside the runner it is allowed
  'packages/projections/src/views/threads.ts':
    "import { Worker } from 'node:worker_threads';\nexport const w = Worker;\n",
  'packages/projections/src/runner/file.ts': "import { openSync } from 'node:fs';\nexport const o = openSync;\n",
  // two folders that import each other
  'packages/api/src/app/main.ts': "import { route } from '../http/route.js';\nexport const main = route;\n",
  'packages/api/src/http/route.ts': "import { setting } from '../app/setting.js';\nexport const route = setting;\n",
  'packages/api/src/app/setting.ts': 'export const setting = 1;\n',
};

let dir: string;
const violations = (result: ICruiseResult) =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

async function run(config: IConfiguration): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(dir); // dependency-cruiser resolves relative to the working folder
  try {
    const { output } = await cruise(['packages'], {
      ...config.options,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
      tsConfig: { fileName: 'tsconfig.base.json' },
    });
    return violations(output as ICruiseResult);
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'grip-rules-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the architecture rules of npm run lint', () => {
  it('name every breaking import of the file rules, and nothing that keeps them', async () => {
    const found = await run(fileRules);
    console.log(`dependency-cruiser reported:\n  ${found.join('\n  ')}`);
    expect(found).toEqual(
      [
        // dependency-cruiser names node's modules without the node: prefix
        'io-only-in-adapters-and-composition: packages/ledger/src/money/leaky.ts -> fs',
        'io-only-in-adapters-and-composition: packages/projections/src/views/threads.ts -> worker_threads',
        'ledger-knows-nothing-of-its-users: packages/ledger/src/facade/report.ts -> packages/projections/src/views/deep.ts',
        'no-circular: packages/ledger/src/events/a.ts -> packages/ledger/src/events/b.ts', // once per cycle
        'projections-only-through-ledger-exports: packages/projections/src/views/deep.ts -> packages/ledger/src/money/leaky.ts',
        'pure-domain-has-no-io: packages/ledger/src/commands/timed.ts -> packages/ledger/src/facade/clock.ts',
        'pure-domain-has-no-io: packages/ledger/src/money/leaky.ts -> fs',
      ].sort(),
    );
  });

  it('name a folder cycle', async () => {
    const found = await run(folderRules);
    expect(found).toContain('no-folder-cycles: packages/api/src/app -> packages/api/src/http');
  });
});
