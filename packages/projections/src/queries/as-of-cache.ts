import type { EventStore } from '@grip/ledger';
import type { Cutoff } from './as-of.js';

/** How many as-of answers are kept: each holds a model of a stream (a long stream's model is megabytes). */
export const AS_OF_CACHE_ENTRIES = 16;

/** A cut-off as a cache key part: the instant or the position it keeps up to; null for the latest state. */
export const boundKey = (cutoff: Cutoff): string | null =>
  !cutoff.bound ? null : 'at' in cutoff.bound ? `t${cutoff.bound.at}` : `p${cutoff.bound.position}`;

export type AsOfCache = {
  /**
   * The answer for a stream at fixed cut-offs, computed once per stream revision. An as-of answer is a
   * function of the stream's events (corrections only ever point into their own stream), and events are
   * appended, never changed: while the stream's revision is the same, so is the answer. An answer computed
   * while the stream moved on is returned but not kept.
   */
  get<T>(streamId: string, key: string, compute: () => Promise<T>): Promise<T>;
};

/** A small least-recently-used cache of as-of answers: dashboards and the P&C cycle ask the same moments again. */
export function createAsOfCache(store: EventStore, capacity = AS_OF_CACHE_ENTRIES): AsOfCache {
  const entries = new Map<string, unknown>();
  return {
    async get<T>(streamId: string, key: string, compute: () => Promise<T>): Promise<T> {
      const revision = (await store.streamRevision(streamId)) ?? -1;
      const full = `${streamId}\n${revision}\n${key}`;
      if (entries.has(full)) {
        const held = entries.get(full) as T;
        entries.delete(full);
        entries.set(full, held);
        return held;
      }
      const value = await compute();
      if (((await store.streamRevision(streamId)) ?? -1) === revision) {
        entries.set(full, value);
        if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
  };
}
