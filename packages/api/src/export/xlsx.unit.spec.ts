import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { integer, money, text, toTable, yesNoColumn } from './table.js';
import { toXlsx } from './xlsx.js';

type Row = { year: number; amount: string | null; note: string; complete: boolean };
const table = toTable<Row>(
  [
    integer('year', (r) => r.year),
    money('planned', (r) => r.amount),
    text('note', (r) => r.note),
    yesNoColumn('complete', (r) => r.complete),
  ],
  [
    { year: 2024, amount: '-384000', note: '=1+1', complete: true },
    { year: 2025, amount: '123456789012.1', note: 'x', complete: false },
    { year: 2026, amount: 'PM', note: '', complete: true },
  ],
);

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe('the .xlsx writer', () => {
  it('writes Dutch headers on a frozen, bold first row', async () => {
    const sheet = await read(await toXlsx(table, 'Jaarschijven'));
    expect(sheet.name).toBe('Jaarschijven');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Jaar', 'Gepland (baten)', 'Toelichting', 'Volledig']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('writes euros as numeric cells with two decimals, exact to the cent; markers and text as text', async () => {
    const sheet = await read(await toXlsx(table));
    expect(sheet.getCell('B2').value).toBe(-384000);
    expect(sheet.getCell('B3').value).toBe(123456789012.1);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00;-#,##0.00');
    expect(sheet.getCell('B4').value).toBe('PM');
    expect(sheet.getCell('C2').value).toBe('=1+1');
    expect(sheet.getCell('C2').formula).toBeUndefined();
    expect([sheet.getCell('D2').value, sheet.getCell('D3').value]).toEqual(['ja', 'nee']);
  });
});
