import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { integer, money, text, toTable } from './table.js';
import { toXlsx } from './xlsx.js';
import { MANIFEST_SHEET, readXlsxManifest } from './xlsx-manifest.js';

const ANCHOR = `grip-anchor/1 at=2024-03-01T09:00:00.000Z events=3 position=3 sha256=${'a'.repeat(64)}`;
const table = toTable<{ year: number; amount: string; note: string }>(
  [integer('year', (r) => r.year), money('planned', (r) => r.amount), text('note', (r) => r.note)],
  [
    { year: 2024, amount: '-384000', note: 'eerste' },
    { year: 2025, amount: '1900000.5', note: '' },
  ],
);

/** Loads a workbook, lets `change` edit it, and saves it again as a spreadsheet program would. */
async function resaved(file: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the manifest of an .xlsx export', () => {
  it('given an export with its anchor, then its Manifest sheet holds the sha256 of the data and the anchor', async () => {
    const found = await readXlsxManifest(await toXlsx(table, 'Jaarschijven', ANCHOR));
    expect(found).toMatchObject({ format: 'xlsx', manifest: { anchor: ANCHOR } });
    expect(found!.actualSha256).toBe(found!.manifest.sha256);
    expect(found!.anchor).toMatchObject({ events: 3, position: '3' });
  });

  it('given the file saved again unchanged, then the content still matches (bytes of the zip are not what is hashed)', async () => {
    const again = await resaved(await toXlsx(table, 'Jaarschijven', ANCHOR), () => undefined);
    const found = (await readXlsxManifest(again))!;
    expect(found.actualSha256).toBe(found.manifest.sha256);
  });

  it('given one amount, a text or a row changed, then the content no longer matches', async () => {
    const original = await toXlsx(table, 'Jaarschijven', ANCHOR);
    const edits: Array<(wb: ExcelJS.Workbook) => void> = [
      (wb) => (wb.worksheets[0]!.getRow(2).getCell(2).value = -384001),
      (wb) => (wb.worksheets[0]!.getRow(3).getCell(3).value = 'toegevoegd'),
      (wb) => wb.worksheets[0]!.addRow([2026, 1, 'nieuw']),
      (wb) => wb.worksheets[0]!.spliceRows(3, 1),
      (wb) => (wb.worksheets[0]!.getRow(2).getCell(7).value = 'naast de kolommen'),
    ];
    for (const edit of edits) {
      const found = (await readXlsxManifest(await resaved(original, edit)))!;
      expect(found.actualSha256).not.toBe(found.manifest.sha256);
    }
  });

  it('given a workbook without a Manifest sheet, or not a workbook, then there is no manifest', async () => {
    expect(await readXlsxManifest(await toXlsx(table))).toBeNull();
    expect(await readXlsxManifest(Buffer.from('PK not a zip'))).toBeNull();
    const noSheet = await resaved(await toXlsx(table, 'J', ANCHOR), (wb) => wb.removeWorksheet(MANIFEST_SHEET));
    expect(await readXlsxManifest(noSheet)).toBeNull();
  });
});
