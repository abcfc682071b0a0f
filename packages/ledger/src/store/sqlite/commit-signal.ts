import { resolve } from 'node:path';
import { createAppendSignal } from '../shared/subscription-registry.js';

type Signal = ReturnType<typeof createAppendSignal>;

/**
 * Store instances in this process that share one file share one signal, so a subscription on instance A
 * hears a commit made through instance B at once instead of at the next poll. Other processes are only
 * seen by polling.
 */
const signals = new Map<string, { signal: Signal; users: number }>();
let privateDatabases = 0;

export function acquireCommitSignal(path: string): { signal: Signal; release: () => void } {
  const key = path === ':memory:' ? `:memory:#${privateDatabases++}` : resolve(path);
  const entry = signals.get(key) ?? { signal: createAppendSignal(), users: 0 };
  entry.users++;
  signals.set(key, entry);
  let released = false;
  return {
    signal: entry.signal,
    release() {
      if (released) return;
      released = true;
      if (--entry.users === 0) signals.delete(key);
    },
  };
}
