import { parseAnchorLine } from '@grip/ledger';
import ExcelJS from 'exceljs';
import { sha256Hex, type ReadManifest } from './manifest.js';

/**
 * The manifest of an .xlsx export, inside the workbook so a saved file can be checked offline like a CSV
 * or JSON export (`grip verify --export file.xlsx`). The zip bytes of a workbook change whenever a
 * spreadsheet program saves it (timestamps, order of parts), so the sha256 covers what the file says
 * instead: the data sheet's cell values, row by row, as JSON. A second sheet, "Manifest", holds it and
 * the anchor; its first rows are labelled so a reader sees what they are.
 */
export const MANIFEST_SHEET = 'Manifest';
const SHA_ROW = 2;
const ANCHOR_ROW = 3;

type Plain = string | number | boolean | null;

/** A cell's value as plain JSON: what is compared, the same whether the sheet was just built or read from a file. */
function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** The content the manifest covers: every cell of the data sheet, as a JSON array of rows. */
export function sheetContent(sheet: ExcelJS.Worksheet): string {
  let width = 0; // the widest row: a value typed beyond the header's columns counts too
  for (let r = 1; r <= sheet.rowCount; r++) width = Math.max(width, sheet.getRow(r).cellCount);
  const rows: Plain[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Plain[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  }
  return JSON.stringify(rows);
}

/** Adds the Manifest sheet for this data sheet, computed at `anchor`. */
export function addManifestSheet(workbook: ExcelJS.Workbook, data: ExcelJS.Worksheet, anchor: string): void {
  const sheet = workbook.addWorksheet(MANIFEST_SHEET);
  sheet.columns = [{ width: 12 }, { width: 100 }];
  sheet.getRow(1).values = ['Grip-manifest', `controleer met: grip verify --export <bestand> (blad "${data.name}")`];
  sheet.getRow(SHA_ROW).values = ['sha256', sha256Hex(sheetContent(data))];
  sheet.getRow(ANCHOR_ROW).values = ['anchor', anchor];
}

/** Reads the manifest of an .xlsx file; null when it has no Manifest sheet of Grip's shape. */
export async function readXlsxManifest(file: Buffer): Promise<ReadManifest | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.getWorksheet(MANIFEST_SHEET);
  const data = workbook.worksheets.find((w) => w.name !== MANIFEST_SHEET);
  if (!sheet || !data) return null;
  const sha256 = sheet.getRow(SHA_ROW).getCell(2).value;
  const anchor = sheet.getRow(ANCHOR_ROW).getCell(2).value;
  if (typeof sha256 !== 'string' || typeof anchor !== 'string') return null;
  const body = sheetContent(data);
  return {
    format: 'xlsx',
    body,
    manifest: { sha256, anchor },
    actualSha256: sha256Hex(body),
    anchor: parseAnchorLine(anchor),
  };
}
