import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN, seedProgramme, startInProcess, type RunningApi } from './support/in-process.js';
import { SCALE, timeoutFor, tried } from './support/scale.js';

const PROGRAMME = 'reliability-writers';
const base = `/api/v1/programmes/${PROGRAMME}`;
let api: RunningApi;
beforeAll(async () => {
  api = await startInProcess();
  await seedProgramme(api, PROGRAMME);
});
afterAll(() => api.close());

const revisionOf = (etag: string | null): number => Number(/"?(\d+)"?/.exec(etag ?? '')?.[1] ?? NaN);

type Tally = { written: number; preconditionFailed: number; replays: number; replayedSame: number };

/**
 * One writer: reads the programme's ETag, records a decision with If-Match and an Idempotency-Key,
 * and on 412 reads again and retries under the same key. After a success it sometimes sends the very
 * same request again, as a client would whose response was lost: that must return the original.
 */
async function writer(w: number, writes: number, tally: Tally, firstRevisions: Map<string, number>): Promise<void> {
  for (let n = 0; n < writes; n++) {
    const key = `writer-${w}-${n}`;
    const body = { decisionId: key, body: 'college', date: '2024-01-10', reference: 'B&W', summary: `w${w} n${n}` };
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`${key}: no success after 200 attempts`);
      const read = await api.call('editor', 'GET', base);
      const etag = read.headers.get('etag');
      await read.body?.cancel();
      const res = await api.call('editor', 'POST', `${base}/decisions`, body, {
        'if-match': etag!,
        'idempotency-key': key,
      });
      if (res.status === 412) {
        tally.preconditionFailed++;
        await res.body?.cancel();
        continue;
      }
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      const result = (await res.json()) as { firstRevision: number; events: { eventId: string }[] };
      if (res.headers.get('idempotent-replayed') !== 'true') {
        // Written on exactly the state the writer read: nobody's update was overwritten.
        expect(result.firstRevision).toBe(revisionOf(etag) + 1);
        tally.written++;
      }
      firstRevisions.set(key, result.firstRevision);
      break;
    }
    if ((w + n) % 3 === 0) {
      tally.replays++;
      const again = await api.call('editor', 'POST', `${base}/decisions`, body, { 'idempotency-key': key });
      const replay = (await again.json()) as { firstRevision: number };
      if (again.status < 300 && replay.firstRevision === firstRevisions.get(key)) tally.replayedSame++;
    }
  }
}

describe('concurrent writers with If-Match and Idempotency-Key retries', () => {
  it(
    `${SCALE.writers} writers × ${SCALE.writesPerWriter} writes: no lost update, no double write`,
    async () => {
      const before = await api.eventCount();
      const tally: Tally = { written: 0, preconditionFailed: 0, replays: 0, replayedSame: 0 };
      const firstRevisions = new Map<string, number>();
      await Promise.all(
        Array.from({ length: SCALE.writers }, (_, w) => writer(w, SCALE.writesPerWriter, tally, firstRevisions)),
      );
      const total = SCALE.writers * SCALE.writesPerWriter;
      expect(tally.written).toBe(total);
      expect(tally.replayedSame).toBe(tally.replays);
      expect(await api.eventCount()).toBe(before + total);
      const stream = await api.grip.store.readStream(`programme-${OWN}/${PROGRAMME}`);
      const keys = stream.flatMap((e) => (e.metadata.idempotency ? [e.metadata.idempotency.key] : []));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(total);
      expect(new Set([...firstRevisions.values()]).size).toBe(total);
      tried(
        `${SCALE.writers} concurrent writers, ${total} decisions with If-Match, ${tally.preconditionFailed} retries after 412, ${tally.replays} repeated requests under the same Idempotency-Key`,
        `all ${total} written exactly once, each on the revision its writer read; every repeat returned the original result; ${total} events added`,
      );
    },
    timeoutFor(SCALE.writers * SCALE.writesPerWriter, 500),
  );
});
