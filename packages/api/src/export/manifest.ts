import { createHash } from 'node:crypto';
import { formatAnchorLine, parseAnchorLine, type Anchor, type LedgerHead } from '@grip/ledger';

/**
 * Every export carries a manifest: the sha256 of its content and the anchor (ledger head) it was
 * computed at, i.e. a ledger state that holds every event the export reflects. `grip verify --export`
 * checks the content offline; `grip verify --anchor <export>` checks the anchor against a store.
 *
 * CSV: one last line `#grip-manifest sha256=<hex of every byte before it> <anchor line>`.
 * JSON: `{ "manifest": { "sha256", "anchor" }, "report": … }`, the hash over the report's compact JSON.
 * XLSX: a sheet "Manifest" with the sha256 of the data sheet's cell values (see xlsx-manifest.ts).
 */
export type ExportManifest = { readonly sha256: string; readonly anchor: string };

const TRAILER = /(?:^|\r?\n)#grip-manifest sha256=([0-9a-f]{64}) ([^\r\n]*)\r?\n?$/;
const EMPTY_LEDGER = 'empty-ledger';

export const sha256Hex = (content: string): string => createHash('sha256').update(content, 'utf8').digest('hex');

/** The anchor of an export: the ledger head as an anchor line taken now, or "empty-ledger". */
export function exportAnchor(head: LedgerHead, at: Date): string {
  if (head.position === null) return EMPTY_LEDGER;
  return formatAnchorLine({ at: at.toISOString(), events: head.events, position: head.position, digest: head.digest });
}

export function csvWithManifest(csv: string, anchor: string): string {
  return `${csv}#grip-manifest sha256=${sha256Hex(csv)} ${anchor}\r\n`;
}

export function jsonWithManifest(report: unknown, anchor: string): string {
  const manifest: ExportManifest = { sha256: sha256Hex(JSON.stringify(report)), anchor };
  return `${JSON.stringify({ manifest, report }, null, 2)}\n`;
}

export type ReadManifest = {
  readonly format: 'csv' | 'json' | 'xlsx';
  /** The content the manifest covers: the CSV without its manifest line, or the JSON's report. */
  readonly body: string;
  readonly manifest: ExportManifest;
  /** The hash of the content as found now. */
  readonly actualSha256: string;
  /** The anchor the manifest names; null for an export of an empty ledger. */
  readonly anchor: Anchor | null;
};

/** Finds the manifest of an export's text; null when it carries none. */
export function readManifest(content: string): ReadManifest | null {
  const trailer = TRAILER.exec(content);
  if (trailer) {
    const body = content.slice(
      0,
      trailer.index + (trailer[0].startsWith('\r\n') ? 2 : trailer[0].startsWith('\n') ? 1 : 0),
    );
    const manifest = { sha256: trailer[1]!, anchor: trailer[2]! };
    return { format: 'csv', body, manifest, actualSha256: sha256Hex(body), anchor: parseAnchorLine(manifest.anchor) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return null;
  }
  const candidate = parsed as { manifest?: { sha256?: unknown; anchor?: unknown }; report?: unknown } | null;
  const m = candidate?.manifest;
  if (typeof m?.sha256 !== 'string' || typeof m.anchor !== 'string' || !('report' in (candidate ?? {}))) return null;
  const manifest = { sha256: m.sha256, anchor: m.anchor };
  const body = JSON.stringify(candidate!.report);
  return {
    format: 'json',
    body,
    manifest,
    actualSha256: sha256Hex(body),
    anchor: parseAnchorLine(manifest.anchor),
  };
}

export const isEmptyLedgerAnchor = (anchor: string): boolean => anchor === EMPTY_LEDGER;
