import { createHash } from 'node:crypto';
import type { StoredEvent } from '../events/envelope.js';

/** The digest of an empty ledger. */
export const LEDGER_GENESIS = '0'.repeat(64);

/** How many hex digits of the running digest an anchors log keeps per event, to name the first divergence. */
export const FINGERPRINT_LENGTH = 8;

/**
 * One link of the ledger-wide chain: sha256 over the digest so far, the event's position, its hash scheme
 * and its hash. The event hash covers the event's content and its place in its stream (chain/hash.ts), so
 * the running digest after N events commits to all N events and to their order. A chain, not a Merkle
 * tree: see docs/anchors.md for why.
 */
export function linkLedger(digest: string, event: Pick<StoredEvent, 'position' | 'hash' | 'hashVersion'>): string {
  return createHash('sha256')
    .update(digest)
    .update('\n')
    .update(event.position)
    .update('\n')
    .update(String(event.hashVersion ?? 1))
    .update('\n')
    .update(event.hash)
    .digest('hex');
}

/** The head of the ledger after some events: how many, the last one's position, and the running digest. */
export type LedgerHead = { readonly events: number; readonly position: string | null; readonly digest: string };

/** Folds events in position order into the ledger digest, one at a time (a verify, an anchor, a server's tracker). */
export class LedgerDigest {
  private count = 0;
  private position: string | null = null;
  private digest = LEDGER_GENESIS;

  add(event: Pick<StoredEvent, 'position' | 'hash' | 'hashVersion'>): string {
    this.digest = linkLedger(this.digest, event);
    this.position = event.position;
    this.count++;
    return this.digest;
  }

  head(): LedgerHead {
    return { events: this.count, position: this.position, digest: this.digest };
  }
}
