/**
 * The streams of a parallel rebuild, handed out one at a time to whichever thread asks first. A
 * counter in shared memory makes that one atomic add: no messages, and no thread waits while another
 * still has a long list (a worker thread spends its first second loading modules; the main thread
 * meanwhile takes more streams).
 */
export type StreamQueue = { next(): string | undefined };
export type SharedStreamQueue = StreamQueue & { /** Streams handed out so far, by every thread. */ taken(): number };

export const newQueueCounter = (): SharedArrayBuffer => new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);

export function sharedStreamQueue(streamIds: readonly string[], counter: SharedArrayBuffer): SharedStreamQueue {
  const index = new Int32Array(counter);
  return {
    taken: () => Math.min(Atomics.load(index, 0), streamIds.length),
    next() {
      const i = Atomics.add(index, 0, 1);
      return i < streamIds.length ? streamIds[i] : undefined;
    },
  };
}

/** Largest streams first, so the last ones handed out are short and the threads finish together. */
export function largestFirst(streams: ReadonlyArray<{ streamId: string; lastRevision: number }>): string[] {
  return [...streams]
    .sort((a, b) => b.lastRevision - a.lastRevision || (a.streamId < b.streamId ? -1 : 1))
    .map((s) => s.streamId);
}
