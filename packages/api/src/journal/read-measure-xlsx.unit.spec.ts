import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { JournalError } from './journal-error.js';
import { readMeasureXlsx } from './read-measure-xlsx.js';

const options = { programmeId: 'pn-2024', decisionId: 'raad-2024', municipality: 'GM0118' };
const HEADER = ['code', 'title', 'domain', 'category', 'owner', 'year', 'amount', 'nature'];

async function workbook(rows: unknown[][], sheetName = 'Maatregelen'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Toelichting').addRow(['bedragen × € 1.000']);
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rows = [
  ['A.1', 'Inkoop jeugdhulp', 'Jeugd', 'beleidskeuze', 'team Jeugd', 2024, -384, 'structureel'],
  ['A.2', 'Wmo-tarieven', 'Wmo', 'beleidskeuze', 'team Wmo', 2024, '1.234,5', 'incidenteel'],
  ['A.3', 'Preventie', 'Jeugd', 'bedrijfsvoering', 'team Jeugd', 2024, 'P.M.', 'structureel'],
  ['A.4', 'Formule', 'Wmo', 'beleidskeuze', 'team Wmo', 2024, { formula: 'B1*2', result: 12.5 }, 'structureel'],
];

describe('.xlsx measure lists', () => {
  it('reads the named sheet in thousands: number cells -384 and 12,5 and text "1.234,5" become exact euros', async () => {
    const journal = await readMeasureXlsx('pn.xlsx', await workbook(rows), {
      ...options,
      unit: 'thousands',
      sheet: 'Maatregelen',
    });
    const plans = journal.entries.filter((e) => e.command.type === 'ReviseMeasurePlan');
    expect(plans.map((e) => (e.command.data as { lines: Array<{ amount: string }> }).lines[0]!.amount)).toEqual([
      '-384000',
      '1234500',
      'P.M.',
      '12500',
    ]);
    expect(plans[0]!.source).toEqual({ document: 'pn.xlsx', location: 'line 2', unit: 'thousands' });
  });

  it('reports every bad row at once with its sheet row, and names the sheets when one is missing', async () => {
    const bad = [
      ['B.1', 'x', 'Jeugd', 'b', 'o', 24, '10', 'structureel'],
      ['B.2', 'x', 'Jeugd', 'b', 'o', 2024, '(384)', 'structureel'],
      ['B.3', 'x', 'Jeugd', 'b', 'o', 2024, 33.333333, 'structureel'],
    ];
    const content = await workbook(bad);
    const error = await readMeasureXlsx('pn.xlsx', content, { ...options, sheet: 'Maatregelen' }).catch((e) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect((error as JournalError).message).toMatch(/pn\.xlsx:3: column amount: .*parentheses/);
    expect((error as JournalError).message).toMatch(/pn\.xlsx:4: column amount: more than 2 decimals/);
    const missing = await readMeasureXlsx('pn.xlsx', content, { ...options, sheet: 'Blad1' }).catch((e) => e);
    expect((missing as Error).message).toMatch(
      /no sheet Blad1 in the workbook \(sheets: "Toelichting", "Maatregelen"\)/,
    );
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readMeasureXlsx('x.xlsx', Buffer.from('not a zip'), options)).rejects.toThrow(/not a readable \.xlsx/);
  });
});
