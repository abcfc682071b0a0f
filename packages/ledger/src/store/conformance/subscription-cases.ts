import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../events/envelope.js';
import type { ConformanceContext } from './conformance-context.js';
import { eventIdsOf } from './event-fixtures.js';

/** Collects delivered events; `until(n)` resolves once n of them (of the given streams) have arrived. */
function createCollector(streams: readonly string[]) {
  const received: StoredEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    received,
    handler(event: StoredEvent) {
      if (!streams.includes(event.streamId)) return;
      received.push(event);
      for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
    },
    until(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
  };
}

export function describeSubscriptionCases(ctx: ConformanceContext): void {
  describe('subscribe', () => {
    it('catches up from `after`, then delivers new events live, in global order', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('sub');
      const start = (await ctx.store().headPosition()) ?? undefined;
      const backlog = f.batch(3);
      await ctx.store().append(stream, backlog, 'no-stream');
      const collector = createCollector([stream]);
      const subscription = ctx.store().subscribe((e) => collector.handler(e), start ? { after: start } : {});
      await subscription.caughtUp;
      expect(eventIdsOf(collector.received.map((e) => e))).toEqual(eventIdsOf(backlog));

      const live = [f.batch(2), f.batch(1)];
      await ctx.store().append(stream, live[0]!, 2);
      await ctx.store().append(stream, live[1]!, 4);
      await collector.until(6);
      expect(collector.received.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);

      await subscription.close();
      await ctx.store().append(stream, f.batch(1), 5);
      await expect(subscription.done).resolves.toBeUndefined();
      expect(collector.received).toHaveLength(6); // close() waited for delivery to stop: nothing after it
    });

    it('starts after a given position and calls the handler one event at a time', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('sub-seq');
      const first = await ctx.store().append(stream, f.batch(2), 'no-stream');
      await ctx.store().append(stream, f.batch(3), 1);
      let running = 0;
      let maxRunning = 0;
      const collector = createCollector([stream]);
      const subscription = ctx.store().subscribe(
        async (e) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((r) => setImmediate(r));
          collector.handler(e);
          running--;
        },
        { after: first.position },
      );
      await subscription.caughtUp;
      await collector.until(3);
      await subscription.close();
      expect(collector.received.map((e) => e.revision)).toEqual([2, 3, 4]);
      expect(maxRunning).toBe(1);
    });

    it('a handler error rejects `done` and stops delivery', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('sub-fail');
      const start = (await ctx.store().headPosition()) ?? undefined;
      await ctx.store().append(stream, f.batch(4), 'no-stream');
      const seen: number[] = [];
      const subscription = ctx.store().subscribe(
        (e) => {
          if (e.streamId !== stream) return;
          seen.push(e.revision);
          if (e.revision === 1) throw new Error('projection failed on revision 1');
        },
        start ? { after: start } : {},
      );
      await expect(subscription.done).rejects.toThrow('projection failed on revision 1');
      await expect(subscription.caughtUp).rejects.toThrow('projection failed on revision 1');
      expect(seen).toEqual([0, 1]);
    });

    it('close() of the store stops its subscriptions', async () => {
      const { store } = await ctx.fresh();
      const subscription = store.subscribe(() => undefined);
      await subscription.caughtUp;
      await store.close();
      await expect(subscription.done).resolves.toBeUndefined();
    });
  });
}
