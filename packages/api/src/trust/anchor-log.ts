import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { formatAnchorLine, parseAnchorLine, type AnchorRecord } from '@grip/ledger';
import { z } from 'zod';

/**
 * The anchors log: one JSON object per line, each an anchor's published line plus its trail (the running
 * digest's first digits per event since the previous anchor, which lets verify name the first event that
 * differs). It lives outside the SQLite file on purpose: whoever rewrites the database must also rewrite
 * this file, and a line once published elsewhere cannot be rewritten at all (docs/anchors.md).
 */
const entrySchema = z.object({
  line: z.string(),
  trailFrom: z.number().int().min(0),
  trail: z.string().regex(/^[0-9a-f]*$/),
});

export class AnchorLogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnchorLogError';
  }
}

/** Every anchor recorded in the log, oldest first; an absent log has none. A damaged line is an error, never skipped. */
export function readAnchorLog(path: string): AnchorRecord[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, lineNo: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, lineNo }) => {
      let entry: z.infer<typeof entrySchema>;
      try {
        entry = entrySchema.parse(JSON.parse(text));
      } catch {
        throw new AnchorLogError(`${path} line ${lineNo} is not an anchors log entry`);
      }
      const anchor = parseAnchorLine(entry.line);
      if (!anchor) throw new AnchorLogError(`${path} line ${lineNo} holds no anchor line`);
      return { ...anchor, trailFrom: entry.trailFrom, trail: entry.trail };
    });
}

/** Appends one anchor and fsyncs, so an anchor that was printed is also on disk. */
export function appendAnchor(path: string, record: Required<AnchorRecord>): void {
  const { trailFrom, trail, ...anchor } = record;
  const fd = openSync(path, 'a', 0o644);
  try {
    writeSync(fd, `${JSON.stringify({ line: formatAnchorLine(anchor), trailFrom, trail })}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
