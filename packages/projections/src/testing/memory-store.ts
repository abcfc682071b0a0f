import type { AppendResult, EventStore, NewEvent, Position, ReadAllOptions, StoredEvent, Subscription, SubscriptionHandler } from '@grip/ledger';
import { positionOf } from './event-builder.js';

export type TestStore = EventStore & {
  /** Puts already-built events (also malformed ones) into the store, renumbering their positions. */
  put(events: readonly StoredEvent[]): void;
  readonly all: readonly StoredEvent[];
};

/**
 * A small in-memory EventStore for the projections' own tests, so they do not wait on the ledger's
 * adapters. Positions are zero-padded sequence numbers.
 */
export function createTestStore(initial: readonly StoredEvent[] = []): TestStore {
  const all: StoredEvent[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const lastRevision = (streamId: string) => {
    let r: number | null = null;
    for (const e of all) if (e.streamId === streamId) r = e.revision;
    return r;
  };
  const put = (events: readonly StoredEvent[]) => {
    for (const e of events) all.push({ ...e, position: positionOf(all.length + 1) });
    notify();
  };
  put(initial);
  const indexAfter = (after?: Position) => (after === undefined ? 0 : Number(after));
  const store: TestStore = {
    all,
    put,
    async append(streamId, events: readonly NewEvent[], expected): Promise<AppendResult> {
      const current = lastRevision(streamId);
      if (expected === 'no-stream' && current !== null) throw new Error(`stream ${streamId} exists`);
      if (typeof expected === 'number' && expected !== current) throw new Error(`expected ${expected}, at ${current}`);
      let revision = current ?? -1;
      const first = revision + 1;
      for (const e of events) {
        revision++;
        all.push({ streamId, revision, position: positionOf(all.length + 1), type: e.type, version: e.version, data: e.data, metadata: e.metadata, hash: '', previousHash: '' });
      }
      notify();
      return { streamId, firstRevision: first, lastRevision: revision, position: positionOf(all.length), duplicate: false };
    },
    async readStream(streamId, options = {}) {
      return all.filter((e) => e.streamId === streamId && e.revision >= (options.fromRevision ?? 0) && e.revision <= (options.toRevision ?? Infinity));
    },
    async streamRevision(streamId) {
      return lastRevision(streamId);
    },
    async *readAll(options: ReadAllOptions = {}) {
      const end = options.upTo === undefined ? all.length : Number(options.upTo);
      for (let i = indexAfter(options.after); i < Math.min(end, all.length); i++) yield all[i]!;
    },
    subscribe(handler: SubscriptionHandler, options = {}): Subscription {
      let next = indexAfter(options.after);
      let closed = false;
      let wake: (() => void) | null = null;
      let caught!: () => void;
      const caughtUp = new Promise<void>((r) => (caught = r));
      const listener = () => wake?.();
      listeners.add(listener);
      const done = (async () => {
        try {
          while (!closed) {
            if (next < all.length) {
              await handler(all[next++]!);
              continue;
            }
            caught();
            await new Promise<void>((r) => (wake = r));
            wake = null;
          }
        } finally {
          caught();
          listeners.delete(listener);
        }
      })();
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
    },
    async findEvent(eventId) {
      return all.find((e) => (e.metadata as { eventId?: string }).eventId === eventId) ?? null;
    },
    async *listStreams() {
      const seen = new Map<string, number>();
      for (const e of all) seen.set(e.streamId, e.revision);
      for (const [streamId, lastRevision] of seen) yield { streamId, lastRevision };
    },
    async headPosition() {
      return all.length === 0 ? null : positionOf(all.length);
    },
    comparePositions: (a, b) => Number(a) - Number(b),
    async ping() {},
    async close() {},
  };
  return store;
}
