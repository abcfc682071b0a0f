import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnGrip, type Run } from './__fixtures__/spawn-grip.js';

const journals = join(repoRoot, 'examples/journals');
const dataDir = mkdtempSync(join(tmpdir(), 'grip-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const grip = (...args: string[]): Run => spawnGrip(dataDir, args);

const eventCount = (): number => Number(/ok: (\d+) event/.exec(grip('verify').stdout)?.[1] ?? NaN);
const demo = ['hoogeveen.yaml', 'assen.yaml', 'buren.yaml', 'dalfsen.yaml'].map((f) => join(journals, f));

// Each test spawns the CLI several times: bounded at 2 minutes for a loaded machine (2 cores, many processes).
describe('grip CLI (spawned)', { timeout: 120_000 }, () => {
  beforeAll(() => {
    const imported = grip('import', ...demo);
    expect(imported.stderr).toBe('');
    expect(imported).toMatchObject({ code: 0, stdout: '4 journal(s), 224 command(s): wrote 224 event(s)\n' });
  });

  it('re-importing the demo journals is a no-op', () => {
    expect(grip('import', ...demo)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('wrote 0 event(s); 224 already imported'),
    });
    expect(eventCount()).toBe(224);
  });

  it('reports year slices as a table, in Dutch notation with --locale nl', () => {
    const table = grip('report', 'year-slices', '--programme', 'hoogeveen-herontwerp', '--locale', 'nl');
    expect(table.code).toBe(0);
    const rows = table.stdout
      .split('\n')
      .filter((l) => /^20\d\d /.test(l))
      .map((l) => l.split(/\s+/).slice(0, 2));
    expect(rows).toEqual([
      ['2022', '250.000'],
      ['2023', '750.000'],
      ['2024', '1.750.000'],
      ['2025', '1.900.000'],
    ]);
  });

  it('reports as the API\'s CSV (BOM, CRLF; ";" and two decimals with --locale nl) and as JSON with decimal strings', () => {
    const csv = grip(
      'report',
      'fiscal-balance',
      '--municipality',
      'GM0118',
      '--years',
      '2017-2020',
      '--format',
      'csv',
      '--locale',
      'nl',
    );
    expect(csv.stdout.startsWith('\uFEFFJaar;')).toBe(true);
    expect(csv.stdout.slice(1).split('\r\n').slice(0, 4)).toEqual([
      'Jaar;Inkomsten;Uitgaven;Saldo;Geplande structurele besparing;Verwacht saldo;Grondslag;Volledig;Ontbreekt',
      '2017;122381728,00;123028493,00;-646765,00;0,00;-646765,00;realised;ja;',
      '2018;119205064,00;123641069,00;-4436005,00;0,00;-4436005,00;realised;ja;',
      '2019;100600175,00;103329751,00;-2729576,00;0,00;-2729576,00;realised;ja;',
    ]);
    const json = JSON.parse(
      grip('report', 'year-slices', '--programme', 'hoogeveen-herontwerp', '--format', 'json').stdout,
    ) as { report: { years: Array<{ year: number; planned: string }> } };
    expect(json.report.years.map((y) => y.planned)).toEqual(['250000', '750000', '1750000', '1900000']);
  });

  it('reports as known at a P&C moment, the changes between two, and reconciliation', () => {
    const april = JSON.parse(
      grip(
        'report',
        'year-slices',
        '--programme',
        'assen-sociaal-domein',
        '--as-of',
        '2021-initieel',
        '--format',
        'json',
      ).stdout,
    ).report as { years: Array<{ planned: string }> };
    expect(april.years[1]!.planned).toBe('2555000');
    const diff = grip(
      'report',
      'diff',
      '--programme',
      'assen-sociaal-domein',
      '--from',
      '2021-initieel',
      '--to',
      '2021-bijgesteld',
      '--format',
      'csv',
    );
    expect(diff.stdout).toMatch(/\r\n[^,\r]+,BC 9,plan,2021,605000,750000,[^,\r]+\r\n/);
    const reconciliation = grip('report', 'reconciliation', '--municipality', 'GM0118', '--format', 'csv').stdout;
    expect(reconciliation).toMatch(/tabel7-saldo-2019,.*,-2729575,-2729576,1,differs/);
  });

  it('a failing journal names its line, exits 1 and writes nothing', () => {
    const bad = join(dataDir, 'bad.yaml');
    writeFileSync(
      bad,
      [
        'municipality: GM0118',
        'entries:',
        '  - type: RecordIncome',
        '    data: { year: 2026, source: buig, amount: "€ 1.000", basis: estimated }',
        '  - type: RecordIncome',
        '    data: { year: 2026, source: overige-baten, amount: "12,345", basis: estimated }',
        '',
      ].join('\n'),
    );
    const before = eventCount();
    const run = grip('import', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^grip: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6: entry 2 \\(RecordIncome\\): data\\.amount: .*\n$`,
      ),
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(eventCount()).toBe(before);
  });

  it('a --dry-run writes nothing', () => {
    const ok = join(dataDir, 'ok.json');
    writeFileSync(
      ok,
      JSON.stringify({
        municipality: 'GM0148',
        entries: [{ type: 'RecordIncome', data: { year: 2020, source: 'buig', amount: '€ 1.000', basis: 'realised' } }],
      }),
    );
    expect(grip('import', '--dry-run', ok)).toMatchObject({
      code: 0,
      stdout: 'dry run ok: 1 journal(s), 1 command(s): would write 1 event(s)\n',
    });
    expect(eventCount()).toBe(224);
  });

  it('checks a CSV measure list with Dutch amounts against the store, naming the line of a bad row', () => {
    const list = join(dataDir, 'maatregelen.csv');
    const rows = [
      'code;title;domain;category;owner;year;amount;nature',
      'X.1;Extra maatregel;Wmo;beleidskeuze;team Wmo;2024;€ 12.500,50;structureel',
      'X.2;Nog een;Jeugd;bedrijfsvoering;team Jeugd;2025;P.M.;structureel',
    ];
    writeFileSync(list, `${rows.join('\n')}\n`);
    const flags = [
      '--programme',
      'hoogeveen-herontwerp',
      '--decision',
      'raad-programmaplan-2022',
      '--municipality',
      'GM0118',
    ];
    expect(grip('import', '--dry-run', list, ...flags)).toMatchObject({
      code: 0,
      stdout: 'dry run ok: 1 journal(s), 4 command(s): would write 4 event(s)\n',
    });
    writeFileSync(list, `${[...rows, 'X.3;Fout;Onbekend domein;beleidskeuze;team;2025;€ 1;structureel'].join('\n')}\n`);
    expect(grip('import', list, ...flags)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/maatregelen\.csv:4: entry 5 \(RegisterMeasure\) refused: UNKNOWN_DOMAIN/),
    });
    expect(grip('import', list).stderr).toMatch(/needs --programme, --decision and --municipality/);
    expect(eventCount()).toBe(224);
  });

  it('usage errors exit 2 with a one-line hint', () => {
    expect(grip('report', 'year-slices')).toMatchObject({
      code: 2,
      stderr: 'grip: report year-slices needs --programme <id>\n',
    });
    expect(grip('report', 'nonsense').code).toBe(2);
    expect(grip('keys', 'create', '--name', 'x', '--role', 'viewer').code).toBe(2);
    expect(grip('frobnicate').code).toBe(2);
  });

  it('prints help for every command', () => {
    const main = grip('--help');
    expect(main.code).toBe(0);
    for (const command of ['import', 'report', 'verify', 'rebuild', 'keys']) expect(main.stdout).toContain(command);
    expect(grip('import', '--help').stdout).toMatch(/municipality: "GM0118"[\s\S]*--dry-run/);
    expect(grip('report', '--help').stdout).toMatch(/year-slices[\s\S]*--as-of[\s\S]*--format/);
    expect(grip('keys', 'create', '--help').stdout).toMatch(/--role <role>[\s\S]*viewer/);
  });

  it('creates an API key and prints it once', () => {
    const run = grip(
      'keys',
      'create',
      '--name',
      'controller Hoogeveen',
      '--role',
      'controller',
      '--municipality',
      'GM0118',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^grip_[a-z0-9]{12}_[A-Za-z0-9_-]{43}\n$/);
    expect(run.stderr).toMatch(/not shown again/);
  });

  it('rebuilds the read models into a new file each time, with the same result in one thread as in two', async () => {
    const { contentHash } = await import('@grip/projections');
    const readModelFiles = () => readdirSync(dataDir).filter((f) => f.startsWith('read-models.'));
    const hashOfReadModels = () => {
      const db = new Database(join(dataDir, readFileSync(join(dataDir, 'read-models.current'), 'utf8').trim()), {
        readonly: true,
      });
      try {
        return contentHash(db);
      } finally {
        db.close();
      }
    };
    const file = String.raw`read-models\.\d{8}T\d{6}Z-[0-9a-f]{8}\.sqlite`;
    const first = grip('rebuild', '--workers', '1');
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(
          String.raw`^rebuilt read models from 224 event\(s\) in \d+ ms \(1 thread\)\nread models now in (${file}) \(read-models\.sqlite removed\)\n$`,
        ),
      ),
    });
    const firstFile = readFileSync(join(dataDir, 'read-models.current'), 'utf8').trim();
    // Nothing else has the folder open: the previous file is gone at once, and the new one was handed over
    // as one file (its WAL checkpointed into it, no -wal or -shm beside it).
    expect(readModelFiles().sort()).toEqual([firstFile, 'read-models.current']);
    const oneThread = hashOfReadModels();
    const second = grip('rebuild', '--workers', '2');
    expect(second).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(
          String.raw`^rebuilt read models from 224 event\(s\) in \d+ ms \(2 threads\)\nread models now in ${file} \(${firstFile.replace(/\./g, '\\.')} removed\)\n$`,
        ),
      ),
    });
    expect(hashOfReadModels()).toBe(oneThread);
    expect(readModelFiles()).not.toContain(firstFile);
    expect(grip('rebuild', '--workers', '0')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/a whole number of threads/),
    });
  });

  // Last: it damages the store.
  it('verify passes, then names the changed event and exits 1 after tampering', () => {
    expect(grip('verify')).toMatchObject({
      code: 0,
      stdout:
        'ok: 224 event(s) in 6 stream(s) verified; 0 anchor(s) hold (none recorded: run grip anchor and publish its line)\n',
    });
    const db = new Database(join(dataDir, 'grip.sqlite'));
    const target = db
      .prepare("SELECT event_id FROM events WHERE stream_id = 'programme-GM0118/hoogeveen-herontwerp' AND revision = 6")
      .get() as { event_id: string };
    db.prepare("UPDATE events SET data = replace(data, '250000', '350000') WHERE event_id = ?").run(target.event_id);
    db.close();
    const run = grip('verify');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `broken: programme-GM0118/hoogeveen-herontwerp revision 6 (event ${target.event_id}): hash-mismatch`,
    );
    expect(run.stderr).toMatch(
      /^grip: hash chain broken in 1 stream\(s\); first: programme-GM0118\/hoogeveen-herontwerp revision 6/,
    );
  });
});
