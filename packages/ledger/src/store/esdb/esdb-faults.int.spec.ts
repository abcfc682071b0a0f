import { startEsdbTestServer, type EsdbTestServer, type EsdbTestServerOptions } from '@grip/esdb-test-server';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStore } from '../../chain/verify.js';
import type { StoredEvent } from '../../events/envelope.js';
import { collect, expectStoreFailure } from '../conformance/conformance-context.js';
import { createEventFixtures, eventIdsOf } from '../conformance/event-fixtures.js';
import type { EventStore } from '../port.js';
import { createEsdbEventStore, type EsdbEventStoreOptions } from './esdb-event-store.js';

const servers: EsdbTestServer[] = [];
const stores: EventStore[] = [];
afterEach(async () => {
  for (const server of servers) server.stall(false);
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setUp(server: EsdbTestServerOptions = {}, store: Partial<EsdbEventStoreOptions> = {}) {
  const s = await startEsdbTestServer(server);
  servers.push(s);
  const open = () => {
    const opened = createEsdbEventStore({
      connectionString: s.connectionString,
      deadlineMs: 2_000,
      reconnect: { initialMs: 20, maxMs: 200 },
      ...store,
    });
    stores.push(opened);
    return opened;
  };
  return { server: s, store: open(), open, f: createEventFixtures('fault') };
}

/** Resolves with the value, or with 'still waiting' once ms have passed: for calls that must not hang. */
const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);

function collector() {
  const received: StoredEvent[] = [];
  let waiter: { count: number; resolve: () => void } | undefined;
  return {
    received,
    handler(event: StoredEvent) {
      received.push(event);
      if (waiter && received.length >= waiter.count) waiter.resolve();
    },
    until(count: number) {
      return received.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => (waiter = { count, resolve }));
    },
  };
}

describe('EventStoreDB adapter under faults (wire-level test server)', () => {
  it('readAll in pages of one event ends (a forward $all read includes its start position)', async () => {
    const { store, f } = await setUp();
    await store.append(f.stream('a'), f.batch(3), 'no-stream');
    const events = await within(5_000, collect(store.readAll({ batchSize: 1 })));
    expect(events).not.toBe('still waiting');
    expect(events).toHaveLength(3);
  });

  it('close() returns promptly after reads that were left early', async () => {
    const { store, f } = await setUp({}, { closeTimeoutMs: 60_000 });
    await store.append(f.stream('a'), f.batch(5), 'no-stream');
    for await (const _ of store.readAll({ batchSize: 2 })) break;
    await store.findEvent('fault-1');
    await store.ping();
    await store.headPosition();
    expect(
      await within(
        5_000,
        store.close().then(() => 'closed'),
      ),
    ).toBe('closed');
  });

  it('a stalled server fails ping, append and reads with STORE_UNAVAILABLE at the deadline, and recovers', async () => {
    const { server, store, f } = await setUp({}, { deadlineMs: 300 });
    await store.append(f.stream('a'), f.batch(1), 'no-stream');
    server.stall(true);
    await expectStoreFailure(store.ping(), 'STORE_UNAVAILABLE');
    await expectStoreFailure(store.append(f.stream('a'), f.batch(1), 'any'), 'STORE_UNAVAILABLE');
    await expectStoreFailure(store.readStream(f.stream('a')), 'STORE_UNAVAILABLE');
    server.stall(false);
    await store.ping();
    expect(await store.streamRevision(f.stream('a'))).toBeGreaterThanOrEqual(0);
  });

  it('refuses a server before 22.x at the first call, naming the version', async () => {
    const { store, f } = await setUp({ serverVersion: '21.10.9' });
    const error = await expectStoreFailure(store.append(f.stream('a'), f.batch(1), 'any'), 'STORE_UNAVAILABLE');
    expect(error.message).toMatch(/21\.10\.9 is not supported.*22\.10/);
    await expectStoreFailure(store.readStream(f.stream('a')), 'STORE_UNAVAILABLE');
  });

  it('access denied is a typed STORE_UNAVAILABLE that says what is missing', async () => {
    const { server, store, f } = await setUp();
    server.denyAccess('everything');
    const error = await expectStoreFailure(store.append(f.stream('a'), f.batch(1), 'any'), 'STORE_UNAVAILABLE');
    expect(error.message).toMatch(/refused access/);
  });

  it('a deleted ledger stream is STORE_CORRUPT naming the stream', async () => {
    const { server, store, f } = await setUp();
    await store.append(f.stream('a'), f.batch(1), 'no-stream');
    server.deleteStream(f.stream('a'));
    const error = await expectStoreFailure(store.readStream(f.stream('a')), 'STORE_CORRUPT');
    expect(error.streamId).toBe(f.stream('a'));
  });

  it('appends, lookups, the stream list and ping never read $all (they work for a user who may not)', async () => {
    const { server, store, f } = await setUp();
    server.denyAccess('read-all');
    const batch = f.batch(2);
    await store.append(f.stream('a'), batch, 'no-stream');
    await store.append(f.stream('b'), f.batch(1), 'any');
    expect((await store.append(f.stream('a'), batch, 'no-stream')).duplicate).toBe(true);
    expect((await store.findEvent(batch[1]!.metadata.eventId))?.revision).toBe(1);
    expect(await collect(store.listStreams())).toEqual([
      { streamId: f.stream('a'), lastRevision: 1 },
      { streamId: f.stream('b'), lastRevision: 0 },
    ]);
    await store.ping();
    await expectStoreFailure(store.headPosition(), 'STORE_UNAVAILABLE'); // this one does read $all
  });

  it("'any' appends from two writers racing on one stream never conflict, and the chain stays intact", async () => {
    const { store, open, f } = await setUp();
    const other = open();
    const stream = f.stream('busy');
    const batches = Array.from({ length: 16 }, () => f.batch(1));
    const results = await Promise.allSettled(batches.map((b, i) => (i % 2 ? other : store).append(stream, b, 'any')));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await store.readStream(stream)).toHaveLength(16);
    expect((await verifyStore(store)).ok).toBe(true);
  });

  it.each([true, false])(
    'throwOnAppendFailure=false in the connection string still ends a lost race in CONCURRENCY_CONFLICT (BatchAppend: %s)',
    async (batchAppend) => {
      const { server, f } = await setUp({ batchAppend });
      const open = () => {
        const s = createEsdbEventStore({ connectionString: `${server.connectionString}&throwOnAppendFailure=false` });
        stores.push(s);
        return s;
      };
      const [a, b] = [open(), open()];
      const stream = f.stream('quiet');
      await a.append(stream, f.batch(1), 'no-stream');
      const outcomes = await Promise.allSettled([a.append(stream, f.batch(1), 0), b.append(stream, f.batch(1), 0)]);
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ error: { code: 'CONCURRENCY_CONFLICT', actual: 1 } });
      expect(await a.readStream(stream)).toHaveLength(2);
    },
  );

  it('a subscription survives a server restart and an outage: nothing skipped, nothing repeated', async () => {
    const retries: number[] = [];
    const { server, store, open, f } = await setUp({}, { onReconnect: (_e, n) => void retries.push(n) });
    const writer = open();
    const stream = f.stream('sub');
    const got = collector();
    const subscription = store.subscribe((e) => got.handler(e));
    await subscription.caughtUp;
    await writer.append(stream, f.batch(2), 'no-stream');
    await got.until(2);

    await server.restart();
    const appendEventually = async (n: number) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await writer.append(stream, f.batch(n), 'any');
        } catch (e) {
          if (attempt > 20) throw e;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    await appendEventually(2);
    await got.until(4);

    await server.stop();
    await new Promise((r) => setTimeout(r, 300));
    await server.start();
    await appendEventually(1);
    await got.until(5);

    await subscription.close();
    const stored = await store.readStream(stream);
    expect(eventIdsOf(got.received)).toEqual(eventIdsOf(stored));
    expect(retries.length).toBeGreaterThan(0);
  });

  it('a subscription that may not read $all ends with a typed failure instead of retrying forever', async () => {
    const { server, store } = await setUp();
    server.denyAccess('read-all');
    const subscription = store.subscribe(() => undefined);
    await expect(subscription.done).rejects.toMatchObject({ error: { code: 'STORE_UNAVAILABLE' } });
  });
});
