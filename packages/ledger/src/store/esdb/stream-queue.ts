/**
 * Runs one task per key at a time, in arrival order. Appends of one process to one stream go through
 * it, so they never race each other for the next revision (a lost race costs several round trips);
 * only writers in other processes can still race, and the append retries those.
 */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}
