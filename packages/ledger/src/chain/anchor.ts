import { z } from 'zod';

/**
 * An anchor: the ledger's head at a moment, as one short line meant to be published outside the
 * machine (a P&C document, a council letter). Whoever holds the line can later check that the first
 * `events` events of the store, up to `position`, still digest to `digest`.
 */
export type Anchor = {
  /** When the anchor was taken (ISO 8601, UTC). */
  readonly at: string;
  /** How many events the digest covers, and the position of the last of them. */
  readonly events: number;
  readonly position: string;
  /** The ledger digest (chain/ledger-digest.ts) after those events. */
  readonly digest: string;
};

const PREFIX = 'grip-anchor/1';
const LINE = /^grip-anchor\/1 at=(\S+) events=(\d+) position=(\S+) sha256=([0-9a-f]{64})$/;

const anchorSchema = z.object({
  at: z.iso.datetime(),
  events: z.coerce.number().int().min(1),
  position: z.string().min(1),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

/** `grip-anchor/1 at=2026-12-02T01:00:00.000Z events=1234 position=1234 sha256=<64 hex>` */
export function formatAnchorLine(anchor: Anchor): string {
  return `${PREFIX} at=${anchor.at} events=${anchor.events} position=${anchor.position} sha256=${anchor.digest}`;
}

/** Reads an anchor line as printed by formatAnchorLine (surrounding whitespace allowed); null when it is not one. */
export function parseAnchorLine(text: string): Anchor | null {
  const match = LINE.exec(text.trim());
  if (!match) return null;
  const parsed = anchorSchema.safeParse({ at: match[1], events: match[2], position: match[3], digest: match[4] });
  return parsed.success ? parsed.data : null;
}

const ANYWHERE = /grip-anchor\/1 at=\S+ events=\d+ position=\S+ sha256=[0-9a-f]{64}/g;

/** Every anchor line in a text (a letter, an export's manifest), wherever it stands; other text is skipped. */
export function findAnchorLines(text: string): Anchor[] {
  return [...text.matchAll(ANYWHERE)].map((m) => parseAnchorLine(m[0])).filter((a): a is Anchor => a !== null);
}
