import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A summary table (measure A, one line: 450) and its detail (A.1-A.3: 200, 150 and 99,5, "× € 1.000")
 * of the same programme, both recorded: the detail as sub-measures, the summary line as a stated total
 * at A's scope. Reconciled at either level; the slight disagreement is shown, not fixed.
 * Through the real CLI (`node packages/api/bin/grip.js`, built dist/).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const bin = join(repoRoot, 'packages/api/bin/grip.js');
const work = mkdtempSync(join(tmpdir(), 'grip-sub-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const grip = (...args: string[]) => {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, GRIP_DATA_DIR: join(work, 'data'), NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const reportOf = (stdout: string): unknown => (JSON.parse(stdout) as { report: unknown }).report;

const sub = (code: string, title: string, amount: string) => `
  - type: RegisterMeasure
    data: { programmeId: vv, measureId: ${code}, code: ${code}, title: "${title}", domain: Wmo, category: beleidskeuze, owner: team, parentMeasureId: A }
  - type: ReviseMeasurePlan
    data: { programmeId: vv, measureId: ${code}, decisionId: raad-1, lines: [ { year: 2025, amount: "${amount}", nature: structural } ] }
    source: { document: programmaplan.pdf, location: bijlage 8 }`;
const total = (id: string, scope: string, amount: string, label: string) => `
  - type: RecordProgrammeStatedTotal
    data: { programmeId: vv, totalId: ${id}, label: "${label}", figure: planned, scope: ${scope}, year: 2025, amount: "${amount}" }`;

const journal = `municipality: GM0118
unit: thousands
notation: nl
entries:
  - type: OpenProgramme
    data:
      programmeId: vv
      title: Voorliggend veld
      period: { firstYear: 2022, lastYear: 2025 }
      domains: [ { code: Wmo, name: Wmo } ]
      categories: [ { code: beleidskeuze, name: Beleidskeuze } ]
  - type: RecordDecision
    data: { programmeId: vv, decisionId: raad-1, body: raad, date: "2022-02-24", reference: RB 2022/12, summary: Programmaplan }
  - type: RegisterMeasure
    data: { programmeId: vv, measureId: A, code: A, title: Voorliggend veld, domain: Wmo, category: beleidskeuze, owner: team }
${sub('A.1', 'Algemene voorzieningen', '200')}${sub('A.2', 'Sociaal team', '150')}${sub('A.3', 'Mantelzorg', '99,5')}${total(
  'samenvatting-A',
  '{ level: measure, measureId: A }',
  '450',
  'Samenvatting: A',
)}${total('detail-A.2', '{ level: measure, measureId: A.2 }', '150', 'Bijlage 8: A.2')}${total(
  'programma',
  '{ level: programme }',
  '449,5',
  'Totaal programma',
)}
`;

describe('a summary table and its detail (spawned CLI)', () => {
  it('imports the detail as sub-measures, rolls A up, and reconciles at the parent and the sub-measure level', () => {
    writeFileSync(join(work, 'vv.yaml'), journal);
    expect(grip('import', 'vv.yaml')).toMatchObject({ code: 0, stderr: '' });

    const lines = reportOf(grip('report', 'reconciliation', '--programme', 'vv', '--format', 'json').stdout);
    expect(lines).toMatchObject([
      // The summary line says 450 where its detail adds up to 449,5: shown, to the euro.
      { totalId: 'samenvatting-A', stated: '450000', computed: '449500', difference: '500', status: 'differs' },
      { totalId: 'detail-A.2', stated: '150000', computed: '150000', difference: '0', status: 'matches' },
      // A counts once, through its sub-measures: not 899.000.
      { totalId: 'programma', stated: '449500', computed: '449500', difference: '0', status: 'matches' },
    ]);

    const report = reportOf(
      grip('report', 'measures', '--programme', 'vv', '--year', '2025', '--format', 'json').stdout,
    ) as { rows: Array<{ code: string; planned: string; subMeasures: number; parentMeasureId: string | null }> };
    expect(report.rows.map((r) => [r.code, r.planned, r.subMeasures, r.parentMeasureId])).toEqual([
      ['A', '449500', 3, null],
      ['A.1', '200000', 0, 'A'],
      ['A.2', '150000', 0, 'A'],
      ['A.3', '99500', 0, 'A'],
    ]);
    const table = grip('report', 'measures', '--programme', 'vv', '--year', '2025').stdout;
    expect(table).toMatch(/part of/);
    expect(table).toMatch(/A\.3 .* A +0 +2025/);
  });

  it('refuses a plan on A once it has sub-measures, naming the rule', () => {
    writeFileSync(
      join(work, 'plan-a.yaml'),
      `municipality: GM0118
entries:
  - type: ReviseMeasurePlan
    data: { programmeId: vv, measureId: A, decisionId: raad-1, lines: [ { year: 2025, amount: "450000", nature: structural } ] }
`,
    );
    const run = grip('import', 'plan-a.yaml');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/MEASURE_HAS_SUB_MEASURES/);
  });
});
