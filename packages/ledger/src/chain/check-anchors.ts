import type { Position, StoredEvent } from '../events/envelope.js';
import type { Anchor } from './anchor.js';
import { FINGERPRINT_LENGTH, LedgerDigest, type LedgerHead } from './ledger-digest.js';

/**
 * An anchor as an anchors log keeps it: the published line's fields plus the trail, the first
 * FINGERPRINT_LENGTH hex digits of the running digest after each event since the previous anchor
 * (events trailFrom+1 .. events). The anchor's digest is the evidence; the trail only says where a
 * store first departs from what was anchored.
 */
/**
 * What an anchor check reads of a store: every event in position order, and the store's own order of
 * positions. Stated here, like verify.ts's ChainSource, because the store adapters depend on the chain;
 * every `EventStore` fits this shape.
 */
export type LedgerSource = {
  readAll(options?: { readonly batchSize?: number }): AsyncIterable<StoredEvent>;
  comparePositions(a: Position, b: Position): number;
};

export type AnchorRecord = Anchor & { readonly trailFrom?: number; readonly trail?: string };

export type AnchorVerdict = {
  readonly anchor: Anchor;
  readonly holds: boolean;
  readonly problem?: 'digest-mismatch' | 'events-missing' | 'events-added' | 'truncated' | 'unreadable';
  readonly message: string;
};

/** The first event (in position order) at which the store no longer matches an anchors log's trail. */
export type Divergence = {
  /** 1-based: the n-th event of the ledger. */
  readonly index: number;
  readonly event: { streamId: string; revision: number; position: string; eventId: string | null } | null;
  readonly message: string;
};

export type AnchorCheck = {
  readonly ok: boolean;
  readonly head: LedgerHead;
  readonly verdicts: readonly AnchorVerdict[];
  readonly firstDivergence: Divergence | null;
  /** Events after the latest anchor: not yet covered by any (null when there is no anchor at all). */
  readonly unanchored: number | null;
  /** Fingerprints of the events after the last anchor checked: the trail of the next anchor. */
  readonly trailFrom: number;
  readonly trail: string;
};

const describe = (e: StoredEvent) => ({
  streamId: e.streamId,
  revision: e.revision,
  position: e.position,
  eventId: e.metadata?.eventId ?? null,
});

/** Where each event's recorded fingerprint lives: the n-th event's is in the record whose trail spans n. */
function fingerprintLookup(records: readonly AnchorRecord[]): (index: number) => string | undefined {
  const withTrail = records.filter((r) => r.trail !== undefined && r.trailFrom !== undefined);
  return (index) => {
    for (const r of withTrail) {
      const offset = index - r.trailFrom! - 1;
      if (offset >= 0 && index <= r.events)
        return r.trail!.slice(offset * FINGERPRINT_LENGTH, (offset + 1) * FINGERPRINT_LENGTH) || undefined;
    }
    return undefined;
  };
}

/**
 * Reads the whole ledger once in position order, folding the ledger digest, and judges every anchor:
 * it holds when the store's first `events` events end at `position` and digest to `digest`. Deleting,
 * truncating, reordering or rewriting anything at or before an anchor (re-hashed or not) changes that.
 */
export async function checkAnchors(store: LedgerSource, records: readonly AnchorRecord[]): Promise<AnchorCheck> {
  const pending = [...records].sort((a, b) => a.events - b.events);
  const verdicts: AnchorVerdict[] = [];
  const fingerprintAt = fingerprintLookup(records);
  const lastAnchored = pending.length === 0 ? 0 : pending[pending.length - 1]!.events;
  const ledger = new LedgerDigest();
  const trail: string[] = [];
  let firstDivergence: Divergence | null = null;
  /** Whether every event read so far had a recorded fingerprint (so a missing tail can be named exactly). */
  let trailCovered = true;
  const judge = (anchor: Anchor, verdict: Omit<AnchorVerdict, 'anchor'>) => verdicts.push({ anchor, ...verdict });

  try {
    for await (const event of store.readAll({ batchSize: 2000 })) {
      // Anchors whose position this event passes without their count being reached lost events.
      while (pending.length > 0 && store.comparePositions(event.position, pending[0]!.position as Position) > 0) {
        const a = pending.shift()!;
        const have = ledger.head().events;
        judge(a, {
          holds: false,
          problem: 'events-missing',
          message: `the store holds ${have} event(s) up to position ${a.position}; the anchor counted ${a.events}: ${a.events - have} deleted`,
        });
      }
      const digest = ledger.add(event);
      const n = ledger.head().events;
      const fingerprint = digest.slice(0, FINGERPRINT_LENGTH);
      const recorded = fingerprintAt(n);
      if (recorded === undefined) trailCovered = false;
      if (!firstDivergence && recorded !== undefined && recorded !== fingerprint) {
        firstDivergence = {
          index: n,
          event: describe(event),
          message: `event ${n} of the ledger (position ${event.position}, ${event.streamId} revision ${event.revision}) is not the one anchored there: it, or an event before it, was changed, inserted or deleted`,
        };
      }
      if (n > lastAnchored) trail.push(fingerprint);
      while (pending.length > 0 && pending[0]!.events === n) {
        const a = pending.shift()!;
        if (store.comparePositions(event.position, a.position as Position) !== 0) {
          judge(a, {
            holds: false,
            problem: 'events-added',
            message: `event ${n} of the store sits at position ${event.position}; the anchor has it at ${a.position}: events were inserted or moved before it`,
          });
        } else if (digest !== a.digest) {
          judge(a, {
            holds: false,
            problem: 'digest-mismatch',
            message: `the first ${n} events digest to ${digest.slice(0, 16)}…, the anchor says ${a.digest.slice(0, 16)}…: an event at or before position ${a.position} was changed (re-hashed or not)`,
          });
        } else judge(a, { holds: true, message: `the first ${n} events up to position ${a.position} are as anchored` });
      }
    }
  } catch (error) {
    const n = ledger.head().events;
    for (const a of pending.splice(0))
      judge(a, {
        holds: false,
        problem: 'unreadable',
        message: `event ${n + 1} of the ledger cannot be read: ${(error as Error).message}`,
      });
    firstDivergence ??= { index: n + 1, event: null, message: `event ${n + 1} cannot be read` };
  }
  const head = ledger.head();
  if (!firstDivergence && trailCovered && pending.length > 0)
    firstDivergence = {
      index: head.events + 1,
      event: null,
      message: `event ${head.events + 1} of the ledger and every later one are missing: the store ends ${head.position === null ? 'empty' : `at position ${head.position}`}`,
    };
  for (const a of pending.splice(0))
    judge(a, {
      holds: false,
      problem: 'truncated',
      message: `the store ends after ${head.events} event(s)${head.position ? ` at position ${head.position}` : ''}; the anchor counted ${a.events} up to position ${a.position}`,
    });
  if (!firstDivergence) firstDivergence = boundDivergence(verdicts);
  return {
    ok: verdicts.every((v) => v.holds) && firstDivergence === null,
    head,
    verdicts,
    firstDivergence,
    unanchored: records.length === 0 ? null : Math.max(0, head.events - lastAnchored),
    trailFrom: Math.min(lastAnchored, head.events),
    trail: trail.join(''),
  };
}

/** Without a trail (a published line alone) the earliest failing anchor and the last one holding before it bound the change. */
function boundDivergence(verdicts: readonly AnchorVerdict[]): Divergence | null {
  const sorted = [...verdicts].sort((a, b) => a.anchor.events - b.anchor.events);
  const failing = sorted.findIndex((v) => !v.holds);
  if (failing < 0) return null;
  const bad = sorted[failing]!;
  const good = sorted
    .slice(0, failing)
    .reverse()
    .find((v) => v.holds);
  const after = good
    ? `after event ${good.anchor.events} (position ${good.anchor.position}, anchored intact)`
    : 'from the first event';
  return {
    index: (good?.anchor.events ?? 0) + 1,
    event: null,
    message: `the first divergence lies ${after} and at or before event ${bad.anchor.events} (position ${bad.anchor.position}): ${bad.message}`,
  };
}
