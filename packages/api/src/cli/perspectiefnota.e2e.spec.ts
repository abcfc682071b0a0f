import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 18's "done when": a controller enters a perspectiefnota-style table of budget changes, printed
 * "bedragen × € 1.000" with nadelen as "-", once as a journal and once as an .xlsx measure list, and
 * every printed saldo reconciles to a difference of 0, while a mistyped total shows its difference.
 * Through the real CLI (`node packages/api/bin/grip.js`, built dist/).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const bin = join(repoRoot, 'packages/api/bin/grip.js');
const work = mkdtempSync(join(tmpdir(), 'grip-pn-'));
const dataDir = join(work, 'data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };
function grip(...args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, GRIP_DATA_DIR: dataDir, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The programme and its printed totals; `measures` only for the journal-only variant. */
function journal(programmeId: string, measures: boolean): string {
  const measureEntries = [
    ['J.1', 'Jeugdhulp: volumegroei', 'Jeugd', '"-384"', 'structural', 2024],
    ['J.2', 'Jeugdhulp: tarieven inkoop', 'Jeugd', '"-1.200"', 'structural', 2024],
    ['W.1', 'Wmo: abonnementstarief', 'Wmo', '"-250,5"', 'incidental', 2025],
    ['P.1', 'BUIG: hogere rijksbijdrage', 'Participatie', '"250"', 'structural', 2024],
  ]
    .map(
      ([code, title, domain, amount, nature, year]) => `
  - type: RegisterMeasure
    data: { programmeId: ${programmeId}, measureId: ${code}, code: ${code}, title: "${title}", domain: ${domain}, category: beleidskeuze, owner: concerncontrol }
  - type: ReviseMeasurePlan
    data: { programmeId: ${programmeId}, measureId: ${code}, decisionId: raad-pn-2024, lines: [ { year: ${year}, amount: ${amount}, nature: ${nature} } ] }
    source: { document: perspectiefnota-2024.pdf, location: tabel 3.2 }`,
    )
    .join('');
  const total = (id: string, year: number, amount: string, scope = '{ level: programme }') => `
  - type: RecordProgrammeStatedTotal
    data: { programmeId: ${programmeId}, totalId: ${id}, label: "Saldo voor- en nadelen ${year}", figure: planned, scope: ${scope}, year: ${year}, amount: "${amount}" }
    source: { document: perspectiefnota-2024.pdf, location: "tabel 3.2, totaalregel" }`;
  return `municipality: GM0118
unit: thousands
notation: nl
entries:
  - type: OpenProgramme
    data:
      programmeId: ${programmeId}
      title: Perspectiefnota 2024, voor- en nadelen sociaal domein
      period: { firstYear: 2024, lastYear: 2027 }
      domains: [ { code: Jeugd, name: Jeugd }, { code: Wmo, name: Wmo }, { code: Participatie, name: Participatie } ]
      categories: [ { code: beleidskeuze, name: Beleidskeuze } ]
  - type: RecordDecision
    data: { programmeId: ${programmeId}, decisionId: raad-pn-2024, body: raad, date: "2024-07-04", reference: Perspectiefnota 2024, summary: Voor- en nadelen vastgesteld }
${measures ? measureEntries : ''}${total('saldo-2024', 2024, '-1.334')}${total('saldo-2025', 2025, '-1.584,5')}${total('saldo-2026', 2026, '-1.334')}${total('saldo-2027', 2027, '-1.343')}${total('jeugd-2024', 2024, '-1.584', '{ level: domain, domain: Jeugd }')}
`;
}

type Line = { totalId: string; stated: string; computed: string; difference: string; status: string };
const reconcile = (programmeId: string): Line[] => {
  const run = grip('report', 'reconciliation', '--programme', programmeId, '--format', 'json');
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Line[];
};

const expected = [
  { totalId: 'saldo-2024', stated: '-1334000', computed: '-1334000', difference: '0', status: 'matches' },
  { totalId: 'saldo-2025', stated: '-1584500', computed: '-1584500', difference: '0', status: 'matches' },
  { totalId: 'saldo-2026', stated: '-1334000', computed: '-1334000', difference: '0', status: 'matches' },
  // Printed -1.343 where the rows add up to -1.334: a typo of 9 thousand, shown, never fixed.
  { totalId: 'saldo-2027', stated: '-1343000', computed: '-1334000', difference: '-9000', status: 'differs' },
  { totalId: 'jeugd-2024', stated: '-1584000', computed: '-1584000', difference: '0', status: 'matches' },
];

describe('a perspectiefnota table of budget changes in thousands (spawned CLI)', () => {
  beforeAll(async () => {
    writeFileSync(join(work, 'pn.yaml'), journal('pn-journal', true));
    writeFileSync(join(work, 'pn-xlsx.yaml'), journal('pn-xlsx', false));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tabel 3.2');
    sheet.addRow(['code', 'title', 'domain', 'category', 'owner', 'year', 'amount', 'nature']);
    sheet.addRow([
      'J.1',
      'Jeugdhulp: volumegroei',
      'Jeugd',
      'beleidskeuze',
      'concerncontrol',
      2024,
      -384,
      'structureel',
    ]);
    sheet.addRow([
      'J.2',
      'Jeugdhulp: tarieven',
      'Jeugd',
      'beleidskeuze',
      'concerncontrol',
      2024,
      '-1.200',
      'structureel',
    ]);
    sheet.addRow([
      'W.1',
      'Wmo: abonnementstarief',
      'Wmo',
      'beleidskeuze',
      'concerncontrol',
      2025,
      -250.5,
      'incidenteel',
    ]);
    sheet.addRow(['P.1', 'BUIG', 'Participatie', 'beleidskeuze', 'concerncontrol', 2024, 250, 'structureel']);
    await book.xlsx.writeFile(join(work, 'tabel-3-2.xlsx'));
  });

  it('a dry run checks the journal and creates nothing, not even the data folder', () => {
    expect(grip('import', '--dry-run', 'pn.yaml')).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('by journal: every printed saldo reconciles to 0, the mistyped one shows its difference', () => {
    expect(grip('import', 'pn.yaml')).toMatchObject({ code: 0, stderr: '' });
    expect(reconcile('pn-journal')).toMatchObject(expected);
  });

  it('--compare-at compares every total as known at that moment, and the line says which moment', () => {
    const run = grip(
      'report',
      'reconciliation',
      '--programme',
      'pn-journal',
      '--compare-at',
      '2024-01-01',
      '--format',
      'json',
    );
    const lines = JSON.parse(run.stdout) as Array<Line & { comparedAt: string }>;
    // The date is the end of that Dutch day. Nothing of the programme was known then: no figure to compare with, and it says so.
    expect(lines.map((l) => [l.comparedAt, l.status])).toEqual(
      expected.map(() => ['compare-at 2024-01-01T22:59:59.999Z', 'not-computable']),
    );
    const table = grip('report', 'reconciliation', '--programme', 'pn-journal').stdout;
    expect(table).toMatch(/compared at/);
    expect(table).toMatch(/saldo-2027 .* latest +-1343000 +-1334000 +-9000 +differs/);
  });

  it('by .xlsx measure list in thousands: the same figures', () => {
    expect(grip('import', 'pn-xlsx.yaml')).toMatchObject({ code: 0, stderr: '' });
    const flags = ['--programme', 'pn-xlsx', '--decision', 'raad-pn-2024', '--municipality', 'GM0118'];
    expect(grip('import', 'tabel-3-2.xlsx', ...flags, '--unit', 'thousands')).toMatchObject({ code: 0, stderr: '' });
    expect(reconcile('pn-xlsx')).toMatchObject(expected);
  });

  it('stores exact euros and keeps the unit in the source reference', () => {
    const audit = JSON.parse(grip('report', 'audit', '--programme', 'pn-journal', '--format', 'json').stdout) as Array<{
      type: string;
      data: { lines?: Array<{ amount: string }> };
      source?: { unit?: string };
    }>;
    const plans = audit.filter((e) => e.type === 'MeasurePlanRevised');
    expect(plans.map((e) => e.data.lines![0]!.amount)).toEqual(['-384000', '-1200000', '-250500', '250000']);
    expect(plans.every((e) => e.source?.unit === 'thousands')).toBe(true);
  });

  it('exports the year slices as an Excel sheet with numeric euros', async () => {
    const out = join(work, 'slices.xlsx');
    expect(grip('report', 'year-slices', '--programme', 'pn-xlsx', '--format', 'xlsx', '--output', out)).toMatchObject({
      code: 0,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Jaar');
    expect([2, 3, 4, 5].map((r) => sheet.getCell(`B${r}`).value)).toEqual([-1334000, -1584500, -1334000, -1334000]);
  });
});
