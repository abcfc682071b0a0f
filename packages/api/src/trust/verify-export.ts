import { existsSync, readFileSync } from 'node:fs';
import type { Anchor } from '@grip/ledger';
import { isEmptyLedgerAnchor, readManifest } from '../export/manifest.js';
import { readXlsxManifest } from '../export/xlsx-manifest.js';

const isZip = (bytes: Buffer): boolean => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

export type ExportVerification = { readonly ok: boolean; readonly lines: readonly string[] };

/**
 * Checks an export file offline: its content against the sha256 in its manifest, and its anchor against
 * the anchors known here (the log, or lines given) taken at the same number of events. An anchor with no
 * known counterpart is named, so it can be checked against the store with `grip verify --anchor <file>`.
 */
export async function verifyExportFile(path: string, known: readonly Anchor[]): Promise<ExportVerification> {
  if (!existsSync(path)) return { ok: false, lines: [`${path}: no such file`] };
  const bytes = readFileSync(path);
  // An .xlsx is a zip ("PK"); CSV and JSON are text.
  const found = isZip(bytes) ? await readXlsxManifest(bytes) : readManifest(bytes.toString('utf8'));
  if (!found)
    return { ok: false, lines: [`${path}: no Grip manifest found (not a Grip export, or its manifest was cut off)`] };
  const lines: string[] = [];
  let ok = true;
  if (found.actualSha256 === found.manifest.sha256) {
    lines.push(`content intact: sha256 ${found.actualSha256} as in the manifest (${found.format})`);
  } else {
    ok = false;
    lines.push(`content CHANGED: sha256 is ${found.actualSha256}, the manifest says ${found.manifest.sha256}`);
  }
  if (isEmptyLedgerAnchor(found.manifest.anchor)) {
    lines.push('computed from an empty ledger');
    return { ok, lines };
  }
  const anchor = found.anchor;
  if (!anchor)
    return { ok: false, lines: [...lines, `the manifest's anchor is not an anchor line: ${found.manifest.anchor}`] };
  lines.push(`computed at: ${found.manifest.anchor}`);
  const same = known.filter((k) => k.events === anchor.events);
  for (const k of same) {
    if (k.digest === anchor.digest && k.position === anchor.position) {
      lines.push(`matches the anchor taken ${k.at} over the same ${k.events} event(s)`);
    } else {
      ok = false;
      lines.push(`CONFLICTS with the anchor taken ${k.at} over the same ${k.events} event(s): sha256=${k.digest}`);
    }
  }
  if (same.length === 0)
    lines.push(
      'no known anchor covers exactly these events: check the anchor against the store with grip verify --anchor <this file>',
    );
  return { ok, lines };
}
