import type { Position, StoredEvent } from '../../events/envelope.js';
import type { Subscription, SubscriptionHandler } from '../port.js';

export type SubscriptionSource = {
  /** Everything after the cursor in global order; read in pages, so it may be left early. */
  readAfter(after: Position | undefined): AsyncIterable<StoredEvent>;
  /** Calls the listener after each commit this process sees; returns the unsubscribe function. */
  onAppend(listener: () => void): () => void;
  /** Also look every so many ms, for appends made by other processes; absent: only on notification. */
  readonly pollIntervalMs?: number;
};

/**
 * One catch-up-then-live subscription over any store that can read "everything after position p".
 * Catching up and going live are the same loop: read until the end, then sleep until an append is
 * announced or the poll timer fires. That makes the hand-over gap-free by construction: the cursor is
 * the position of the last delivered event, never a snapshot of the head taken at some other moment.
 */
export function startPollingSubscription(
  source: SubscriptionSource,
  handler: SubscriptionHandler,
  after?: Position,
): Subscription {
  let closed = false;
  let dirty = false;
  let wake: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let markCaughtUp!: () => void;
  let failCaughtUp!: (e: unknown) => void;
  const caughtUp = new Promise<void>((resolve, reject) => {
    markCaughtUp = resolve;
    failCaughtUp = reject;
  });
  // Callers may await only one of the two promises; an unobserved rejection must not crash the process.
  caughtUp.catch(() => undefined);

  const stopListening = source.onAppend(() => {
    dirty = true;
    wake?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      if (source.pollIntervalMs !== undefined) timer = setTimeout(resolve, source.pollIntervalMs);
    }).finally(() => {
      wake = null;
      clearTimeout(timer);
    });

  const run = async () => {
    let cursor = after;
    try {
      while (!closed) {
        dirty = false;
        for await (const event of source.readAfter(cursor)) {
          if (closed) break;
          await handler(event);
          cursor = event.position;
        }
        if (closed) break;
        markCaughtUp();
        if (!dirty) await sleep();
      }
      markCaughtUp(); // closed before catching up: nothing more will come, so waiting would hang forever
    } catch (error) {
      failCaughtUp(error);
      throw error;
    } finally {
      stopListening();
    }
  };

  const done = run();
  done.catch(() => undefined);

  return {
    caughtUp,
    done,
    async close() {
      closed = true;
      wake?.();
      await done.catch(() => undefined);
    },
  };
}
