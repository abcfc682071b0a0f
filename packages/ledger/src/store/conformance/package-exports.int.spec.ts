import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '@grip/ledger';
import { describeEventStoreConformance } from '@grip/ledger/testing/conformance';

// Runs against the built package (dist), as another adapter's tests would: vitest's global setup builds it first.
const refuseTestDeps = fileURLToPath(new URL('./__fixtures__/refuse-test-deps.mjs', import.meta.url));
const packageDir = fileURLToPath(new URL('../../..', import.meta.url));

/** Imports the given entry points in a fresh node process in which importing vitest or fast-check fails. */
function importWithoutTestDeps(entries: readonly string[]) {
  const script = entries.map((e) => `await import(${JSON.stringify(e)});`).join(' ');
  return spawnSync(process.execPath, ['--import', refuseTestDeps, '--input-type=module', '-e', script], {
    cwd: packageDir,
    encoding: 'utf8',
  });
}

describe('the package entry points', () => {
  it('load without vitest or fast-check installed: only the conformance suite needs them', () => {
    const main = importWithoutTestDeps(['@grip/ledger', '@grip/ledger/sqlite', '@grip/ledger/testing']);
    expect(main.stderr).toBe('');
    expect(main.status).toBe(0);
    const suite = importWithoutTestDeps(['@grip/ledger/testing/conformance']);
    expect(suite.status).not.toBe(0);
    expect(suite.stderr).toMatch(/test-only package imported: (vitest|fast-check)/);
  });
});

// The exported suite, run as another adapter would run it: here against the in-memory store of dist.
describeEventStoreConformance('memory store through @grip/ledger/testing/conformance', async () => ({
  store: createMemoryEventStore(),
}));
