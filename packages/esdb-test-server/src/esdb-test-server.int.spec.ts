import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  STREAM_NAME,
  AccessDeniedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startEsdbTestServer, type EsdbTestServer } from './index.js';

const servers: EsdbTestServer[] = [];
const clients: EventStoreDBClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setUp(options: Parameters<typeof startEsdbTestServer>[0] = {}) {
  const server = await startEsdbTestServer(options);
  servers.push(server);
  const client = EventStoreDBClient.connectionString(server.connectionString);
  clients.push(client);
  return { server, client };
}

const event = (n: number) => jsonEvent({ type: 'Counted', data: { n } });

async function collect(read: AsyncIterable<ResolvedEvent>) {
  const out: ResolvedEvent[] = [];
  for await (const e of read) out.push(e);
  return out;
}

describe.each([
  ['BatchAppend', true],
  ['plain Append', false],
])('the test server through the real client (%s)', (_name, batchAppend) => {
  it('appends with expected revisions and reads a stream back; a missing stream is StreamNotFound', async () => {
    const { client } = await setUp({ batchAppend });
    const first = await client.appendToStream('counter-1', [event(1), event(2)], { expectedRevision: NO_STREAM });
    expect(first.nextExpectedRevision).toBe(1n);
    expect(first.position?.commit).toBeGreaterThan(0n);
    await client.appendToStream('counter-1', [event(3)], { expectedRevision: 1n });
    const read = await collect(client.readStream('counter-1'));
    expect(read.map((e) => (e.event?.data as { n: number }).n)).toEqual([1, 2, 3]);
    expect(read.map((e) => e.event?.revision)).toEqual([0n, 1n, 2n]);
    const back = await collect(
      client.readStream('counter-1', { fromRevision: END, direction: BACKWARDS, maxCount: 1 }),
    );
    expect(back.map((e) => e.event?.revision)).toEqual([2n]);
    await expect(collect(client.readStream('counter-none'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('refuses a wrong expected revision with the current revision, naming the stream', async () => {
    const { client } = await setUp({ batchAppend });
    await client.appendToStream('counter-2', [event(1)], { expectedRevision: NO_STREAM });
    const error = await client.appendToStream('counter-2', [event(2)], { expectedRevision: NO_STREAM }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 'counter-2', actualVersion: 0n });
  });
});

describe('the test server: what the protos do not say', () => {
  it('a forward $all read includes its start position; a subscription starts after it', async () => {
    const { client } = await setUp();
    await client.appendToStream('counter-3', [event(1), event(2), event(3)]);
    const all = (await collect(client.readAll())).filter((e) => e.event?.streamId === 'counter-3');
    const second = all[1]!.event!.position!;
    const fromSecond = await collect(client.readAll({ fromPosition: second, maxCount: 10 }));
    expect(fromSecond[0]!.event!.position).toEqual(second);

    const subscription = client.subscribeToAll({
      fromPosition: second,
      filter: { filterOn: STREAM_NAME, prefixes: ['counter-'], checkpointInterval: 1 },
    });
    const seen: number[] = [];
    for await (const e of subscription) {
      seen.push((e.event!.data as { n: number }).n);
      if (seen.length === 1) await client.appendToStream('counter-3', [event(4)]);
      if (seen.length === 2) break;
    }
    await subscription.unsubscribe();
    expect(seen).toEqual([3, 4]);
  });

  it('sends confirmation, checkpoints and caught-up to a filtered subscription, and skips other streams', async () => {
    const { client } = await setUp();
    for (let i = 0; i < 5; i++) await client.appendToStream(`other-${i}`, [event(i)]);
    await client.appendToStream('counter-4', [event(1)]);
    const checkpoints: Position[] = [];
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: {
        filterOn: STREAM_NAME,
        prefixes: ['counter-'],
        maxSearchWindow: 2,
        checkpointInterval: 1,
        checkpointReached: (_s, p) => void checkpoints.push(p),
      },
    });
    let confirmed = false;
    subscription.on('confirmation', () => (confirmed = true));
    const streams: string[] = [];
    subscription.on('data', (e: ResolvedEvent) => streams.push(e.event!.streamId));
    await new Promise<void>((resolve) => subscription.on('caughtUp', resolve));
    await subscription.unsubscribe();
    expect(confirmed).toBe(true);
    expect(streams).toEqual(['counter-4']);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
  });

  it('pre-22 mode: stream reads carry position -1 (2^64-1), $all reads real ones', async () => {
    const { client } = await setUp({ serverVersion: '21.10.9' });
    await client.appendToStream('counter-5', [event(1)]);
    const [fromStream] = await collect(client.readStream('counter-5'));
    expect(fromStream!.event!.position).toEqual({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n });
    const fromAll = (await collect(client.readAll({ direction: FORWARDS }))).find(
      (e) => e.event?.streamId === 'counter-5',
    );
    expect(fromAll!.event!.position!.commit).toBeLessThan(2n ** 63n);
  });

  it('access denied: reading $all fails with AccessDeniedError while stream reads still work', async () => {
    const { server, client } = await setUp();
    await client.appendToStream('counter-6', [event(1)]);
    server.denyAccess('read-all');
    await expect(collect(client.readAll())).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await collect(client.readStream('counter-6'))).toHaveLength(1);
    server.denyAccess('everything');
    await expect(client.appendToStream('counter-6', [event(2)])).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('restart keeps the data; the client reconnects on its next call', async () => {
    const { server, client } = await setUp();
    await client.appendToStream('counter-7', [event(1)]);
    await server.restart();
    let read: ResolvedEvent[] | undefined;
    for (let attempt = 0; attempt < 5 && !read; attempt++)
      read = await collect(client.readStream('counter-7')).catch(() => undefined);
    expect(read).toHaveLength(1);
  });

  it('stall holds calls until lifted', async () => {
    const { server, client } = await setUp();
    await client.appendToStream('counter-8', [event(1)]);
    server.stall(true);
    let done = false;
    const read = collect(client.readStream('counter-8')).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 100));
    expect(done).toBe(false);
    server.stall(false);
    expect(await read).toHaveLength(1);
  });
});
