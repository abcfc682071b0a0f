import type { Position } from '@grip/ledger';

type Waiter = {
  readonly target: Position;
  readonly resolve: (reached: boolean) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
};

/**
 * Readers waiting for the read models to reach a position (read-your-writes). Each commit wakes the
 * ones it satisfies; a timer gives up on the others; a runner failure rejects them all at once, since
 * a stopped runner will not get any further.
 */
export function createPositionWaiters(compare: (a: Position, b: Position) => number) {
  let current: Position | null = null;
  let failure: Error | null = null;
  const waiting = new Set<Waiter>();
  const done = (w: Waiter) => {
    clearTimeout(w.timer);
    waiting.delete(w);
  };
  return {
    reached(position: Position | null) {
      current = position;
      failure = null;
      if (position === null) return;
      for (const w of waiting) {
        if (compare(w.target, position) <= 0) {
          done(w);
          w.resolve(true);
        }
      }
    },
    fail(error: Error) {
      failure = error;
      for (const w of waiting) {
        done(w);
        w.reject(error);
      }
    },
    waitFor(target: Position, timeoutMs: number): Promise<boolean> {
      if (current !== null && compare(target, current) <= 0) return Promise.resolve(true);
      if (failure) return Promise.reject(failure);
      if (timeoutMs <= 0) return Promise.resolve(false);
      return new Promise((resolve, reject) => {
        const w: Waiter = {
          target,
          resolve,
          reject,
          timer: setTimeout(() => {
            done(w);
            resolve(false);
          }, timeoutMs),
        };
        waiting.add(w);
      });
    },
  };
}
