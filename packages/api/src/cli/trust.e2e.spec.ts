import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnGrip } from './__fixtures__/spawn-grip.js';

// grip anchor, verify --anchor / --export and keys list / revoke, spawned as a user runs them. Each test
// spawns the CLI up to a dozen times: bounded at 3 minutes for a loaded machine.
const SPAWNS = 180_000;
const dataDir = mkdtempSync(join(tmpdir(), 'grip-trust-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const grip = (...args: string[]) => spawnGrip(dataDir, args);
const ANCHOR = /^grip-anchor\/1 at=\S+ events=(\d+) position=\d+ sha256=[0-9a-f]{64}$/;

beforeAll(() => {
  expect(grip('import', join(repoRoot, 'examples/journals/hoogeveen.yaml')).code).toBe(0);
});

describe('grip anchor and grip verify', () => {
  it('an empty store has nothing to anchor', () => {
    const empty = mkdtempSync(join(tmpdir(), 'grip-trust-empty-'));
    try {
      const run = spawnGrip(empty, ['anchor']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('the store is empty: nothing to anchor');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it(
    'prints one line to publish, records it outside the database, and verify checks it',
    () => {
      const anchored = grip('anchor');
      expect(anchored.code, anchored.stderr).toBe(0);
      const line = anchored.stdout.trim();
      expect(line).toMatch(ANCHOR);
      expect(ANCHOR.exec(line)![1]).toBe('126');
      expect(readFileSync(join(dataDir, 'anchors.jsonl'), 'utf8')).toContain(line);
      expect(grip('verify').stdout).toBe('ok: 126 event(s) in 2 stream(s) verified; 1 anchor(s) hold\n');
      expect(grip('verify', '--anchor', line).stdout).toContain('2 anchor(s) hold');
      const forged = line.replace(/sha256=(.)/, (_m, c: string) => `sha256=${c === '0' ? '1' : '0'}`);
      const refuted = grip('verify', '--anchor', forged);
      expect(refuted.code).toBe(1);
      expect(refuted.stdout).toContain('anchor BROKEN (digest-mismatch)');
      expect(grip('verify', '--anchor', 'not an anchor').code).toBe(2);
    },
    SPAWNS,
  );

  it(
    'a CSV and a JSON export carry a manifest that verify --export checks offline',
    () => {
      expect(grip('anchor').code).toBe(0); // an anchor over the same events as the exports below
      for (const format of ['csv', 'json']) {
        const file = join(dataDir, `year-slices.${format}`);
        const report = grip('report', 'year-slices', '--programme', 'hoogeveen-herontwerp', '--format', format);
        expect(report.code).toBe(0);
        writeFileSync(file, report.stdout);
        const checked = grip('verify', '--export', file);
        expect(checked.code, checked.stdout).toBe(0);
        expect(checked.stdout).toContain(`content intact`);
        expect(checked.stdout).toMatch(/matches the anchor taken \S+ over the same 126 event\(s\)/);
        expect(grip('verify', '--anchor', file).code).toBe(0); // the export's anchor, against the store

        writeFileSync(file, report.stdout.replace('1900000', '1900001'));
        const changed = grip('verify', '--export', file);
        expect(changed.code).toBe(1);
        expect(changed.stdout).toContain('content CHANGED');
      }
      writeFileSync(join(dataDir, 'plain.csv'), 'a,b\r\n1,2\r\n');
      expect(grip('verify', '--export', join(dataDir, 'plain.csv')).stdout).toContain('no Grip manifest found');
    },
    SPAWNS,
  );

  it(
    'an XLSX export carries its manifest in a Manifest sheet that verify --export checks offline',
    async () => {
      const file = join(dataDir, 'year-slices.xlsx');
      const args = ['report', 'year-slices', '--programme', 'hoogeveen-herontwerp', '--format', 'xlsx'];
      expect(grip(...args, '--output', file).code).toBe(0);
      const checked = grip('verify', '--export', file);
      expect(checked.code, checked.stdout).toBe(0);
      expect(checked.stdout).toContain('content intact');
      expect(checked.stdout).toContain('(xlsx)');
      expect(checked.stdout).toMatch(/matches the anchor taken \S+ over the same 126 event\(s\)/);

      // Changed in a spreadsheet program and saved again: the cell values no longer match.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const amount = workbook.worksheets[0]!.getRow(2).getCell(2);
      amount.value = Number(amount.value) + 1;
      await workbook.xlsx.writeFile(file);
      const changed = grip('verify', '--export', file);
      expect(changed.code).toBe(1);
      expect(changed.stdout).toContain('content CHANGED');
    },
    SPAWNS,
  );
});

describe('grip keys list and revoke', () => {
  it(
    'lists active keys without their secrets, and a revoked key is gone from the list',
    () => {
      const created = grip(
        'keys',
        'create',
        '--name',
        'controller\u001b[31m Hoogeveen',
        '--role',
        'controller',
        '--all',
      );
      expect(created.code).toBe(0);
      const keyId = /^grip_([a-z0-9]{12})_/.exec(created.stdout)![1]!;
      const listed = grip('keys', 'list');
      expect(listed.stdout).toContain(`${keyId}  controller  all`);
      expect(listed.stdout).toContain('controller\\u001b[31m Hoogeveen'); // escaped, not sent to the terminal
      expect(listed.stdout).not.toContain(created.stdout.trim());
      expect(grip('keys', 'revoke', keyId)).toMatchObject({ code: 0, stdout: `revoked key ${keyId}\n` });
      expect(grip('keys', 'list').stdout).not.toContain(keyId);
      expect(grip('keys', 'revoke', keyId)).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('no active key'),
      });
    },
    SPAWNS,
  );
});
