import { LedgerDigest, type EventStore, type LedgerHead, type Position, type Subscription } from '@grip/ledger';

export type LedgerHeadTracker = {
  /** The ledger head once it covers every event stored when called: at least what any earlier read saw. */
  current(): Promise<LedgerHead>;
  close(): Promise<void>;
};

/**
 * Keeps the ledger digest up to date by subscribing to the store, so exports get their anchor without a
 * pass over every event each time. The subscription starts on first use: a CLI command that never
 * exports never reads the ledger for it.
 */
export function trackLedgerHead(store: EventStore): LedgerHeadTracker {
  const ledger = new LedgerDigest();
  let subscription: Subscription | null = null;
  let waiters: Array<() => void> = [];
  let ended = false;
  const reached = (target: Position): boolean => {
    const at = ledger.head().position;
    return at !== null && store.comparePositions(at as Position, target) >= 0;
  };
  return {
    async current() {
      if (!subscription) {
        subscription = store.subscribe((event) => {
          ledger.add(event);
          const ready = waiters;
          waiters = [];
          ready.forEach((wake) => wake());
        });
        // Once, not per call: a handler added on every export would pile up on the pending promise.
        const stop = () => {
          ended = true;
        };
        subscription.done.then(stop, stop);
      }
      const target = await store.headPosition();
      await subscription.caughtUp;
      while (target !== null && !reached(target)) {
        if (ended) throw new Error('the ledger digest stopped following the store');
        await Promise.race([new Promise<void>((wake) => waiters.push(wake)), subscription.done]);
      }
      return ledger.head();
    },
    async close() {
      await subscription?.close();
    },
  };
}
