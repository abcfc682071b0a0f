import { CANONICAL } from '@grip/ledger';
import ExcelJS from 'exceljs';
import { dutchHeader, yesNo } from './dutch-headers.js';
import { addManifestSheet } from './xlsx-manifest.js';
import type { Cell, ColumnKind, Table } from './table.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Euros with Dutch grouping in Excel's own format codes (Excel shows them in the reader's locale). */
const EURO_FORMAT = '#,##0.00;-#,##0.00';

/**
 * A money cell is a number, so the sheet can add it up. A canonical amount (at most 2 decimals, below
 * 10^13 in the ledger's range) converts to the nearest double, whose shortest decimal form is the
 * amount again: Excel shows and sums the exact euros. Markers such as "PM" stay text.
 */
function value(cell: Cell, kind: ColumnKind): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (kind === 'yes-no') return yesNo(cell === true, 'nl');
  if (kind === 'money') return typeof cell === 'string' && CANONICAL.test(cell) ? Number(cell) : String(cell);
  if (kind === 'integer') return typeof cell === 'number' ? cell : String(cell);
  return String(cell);
}

/**
 * The one .xlsx writer (API `?format=xlsx`, `grip report --format xlsx`): one sheet, Dutch headers in
 * bold on a frozen first row, numeric euro cells with two decimals, text cells as text (a value is
 * never a formula, so no spreadsheet injection). Given the anchor it was computed at, a second sheet
 * holds its manifest (xlsx-manifest.ts).
 */
export async function toXlsx(table: Table, sheetName = 'Grip', anchor?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Grip';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => {
    const header = dutchHeader(c.name);
    return {
      header,
      key: c.name,
      width: Math.min(60, Math.max(header.length + 2, c.kind === 'money' ? 16 : 10)),
      ...(c.kind === 'money' && { style: { numFmt: EURO_FORMAT } }),
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell, i) => value(cell, table.columns[i]!.kind)));
  if (anchor !== undefined) addManifestSheet(workbook, sheet, anchor);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
