/**
 * When the runner's next commit may run. Without an interval: as soon as the event loop comes round (one
 * commit for everything delivered in that turn). With one: a commit that would follow the previous one
 * sooner than `intervalMs` is put off until then, so events arriving meanwhile join it. The first commit
 * after a quiet spell is never put off.
 */
export type CommitPace = {
  /** Runs `flush` once, at the earliest moment the pace allows; a second call before it runs is a no-op. */
  schedule(flush: () => void): void;
  /** Drops a flush that is scheduled but has not run; says whether there was one. */
  cancel(): boolean;
  /** Tells the pace that a commit just ended. */
  committed(): void;
};

export function createCommitPace(intervalMs: number, now: () => number = () => performance.now()): CommitPace {
  const interval = Math.max(0, intervalMs);
  let lastCommit = Number.NEGATIVE_INFINITY;
  let pending: { readonly cancel: () => void } | null = null;
  return {
    schedule(flush) {
      if (pending) return;
      const run = () => {
        pending = null;
        flush();
      };
      const wait = lastCommit + interval - now();
      if (wait <= 0) {
        const handle = setImmediate(run);
        pending = { cancel: () => clearImmediate(handle) };
      } else {
        const handle = setTimeout(run, Math.ceil(wait));
        pending = { cancel: () => clearTimeout(handle) };
      }
    },
    cancel() {
      if (!pending) return false;
      pending.cancel();
      pending = null;
      return true;
    },
    committed() {
      lastCommit = now();
    },
  };
}
