import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnGripAsync } from './__fixtures__/spawn-grip.js';

// The list is invented test data (its source says so), not the CBS list: Grip ships none.
const LIST = fileURLToPath(new URL('../http/__fixtures__/test-municipality-list.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grip-cli-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journal = (name: string, code: string, year: number): string => {
  const file = join(dir, name);
  writeFileSync(
    file,
    `municipality: ${code}\ntitle: test\nentries:\n  - type: RecordIncome\n    data: { year: ${year}, source: buig, amount: "1000", basis: realised }\n`,
  );
  return file;
};

describe('grip import with GRIP_MUNICIPALITY_LIST (spawned)', { timeout: 120_000 }, () => {
  it('refuses a code the list of the year lacks, and warns on stderr for a year the list does not cover', async () => {
    const env = { GRIP_MUNICIPALITY_LIST: LIST };
    const refused = await spawnGripAsync(
      join(dir, 'data'),
      ['import', '--dry-run', journal('a.yaml', 'GM9001', 2019)],
      env,
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/MUNICIPALITY_NOT_LISTED: GM9001 is not a municipality code in 2019/);

    const warned = await spawnGripAsync(
      join(dir, 'data'),
      ['import', '--dry-run', journal('b.yaml', 'GM9003', 2024)],
      env,
    );
    expect(warned).toMatchObject({ code: 0, stdout: expect.stringContaining('dry run ok') });
    expect(warned.stderr).toMatch(/warning: .*b\.yaml:4: entry 1: GM9003 not checked: .*no year 2024/);
  });

  it('stops with a usage error naming the variable when the list is not a valid list', async () => {
    const bad = join(dir, 'bad-list.json');
    writeFileSync(bad, JSON.stringify({ years: { 2019: ['GM01'] } }));
    const run = await spawnGripAsync(join(dir, 'data'), ['import', '--dry-run', journal('c.yaml', 'GM0118', 2019)], {
      GRIP_MUNICIPALITY_LIST: bad,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/GRIP_MUNICIPALITY_LIST .*source/);
    expect(run.stderr).toMatch(/years\.2019\.0/);
  });
});
