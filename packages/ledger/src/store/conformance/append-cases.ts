import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../events/envelope.js';
import { asGiven, collect, expectStoreFailure, type ConformanceContext } from './conformance-context.js';

export function describeAppendCases(ctx: ConformanceContext): void {
  describe('append and read back', () => {
    it('returns events exactly as given, with revisions from 0 and the batch position', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('roundtrip');
      const oldVersion = {
        type: 'SavingRealised',
        version: 7, // an old or future version: stores never upcast
        data: {
          measureId: 'C 2.1',
          nested: { note: 'Wmo € 1.234,56 — “quotes”', amounts: ['PM', '0.10'], flag: true, none: null },
        },
        metadata: { ...f.savingRealised().metadata, reason: 'Berap 1, tabel 3' },
      } as unknown as NewEvent;
      const given = [f.savingRealised(), oldVersion, f.savingRealised({ amount: 'not-attributable' })];
      const result = await ctx.store().append(stream, given, 'no-stream');
      expect(result).toMatchObject({ streamId: stream, firstRevision: 0, lastRevision: 2, duplicate: false });

      const read = await ctx.store().readStream(stream);
      expect(read.map(asGiven)).toEqual(
        given.map((e) => ({ type: e.type, version: e.version, data: e.data, metadata: e.metadata })),
      );
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(read.every((e) => e.streamId === stream)).toBe(true);
      expect(read[2]!.position).toBe(result.position);
      expect(await ctx.store().streamRevision(stream)).toBe(2);
    });

    it('continues revisions across appends', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('continue');
      await ctx.store().append(stream, f.batch(3), 'no-stream');
      const second = await ctx.store().append(stream, f.batch(2), 2);
      expect([second.firstRevision, second.lastRevision]).toEqual([3, 4]);
      expect((await ctx.store().readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    });

    it('refuses a non-integer number (money is never a number) and writes nothing', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('float');
      const bad = {
        ...f.savingRealised(),
        data: { measureId: 'm1', year: 2022, amount: 1234.5 },
      } as unknown as NewEvent;
      await expect(ctx.store().append(stream, [f.savingRealised(), bad], 'any')).rejects.toThrow(/safe integers/);
      expect(await ctx.store().streamRevision(stream)).toBeNull();
    });
  });

  describe('expected revision', () => {
    it("'no-stream' creates a stream and conflicts once it exists, carrying the actual revision", async () => {
      const f = ctx.fixtures();
      const stream = f.stream('nostream');
      await ctx.store().append(stream, f.batch(2), 'no-stream');
      const error = await expectStoreFailure(
        ctx.store().append(stream, f.batch(1), 'no-stream'),
        'CONCURRENCY_CONFLICT',
      );
      expect(error).toMatchObject({ streamId: stream, expected: 'no-stream', actual: 1 });
      expect(await ctx.store().streamRevision(stream)).toBe(1);
    });

    it("'stream-exists' conflicts on a missing stream with actual null, and appends to an existing one", async () => {
      const f = ctx.fixtures();
      const stream = f.stream('exists');
      const error = await expectStoreFailure(
        ctx.store().append(stream, f.batch(1), 'stream-exists'),
        'CONCURRENCY_CONFLICT',
      );
      expect(error).toMatchObject({ streamId: stream, expected: 'stream-exists', actual: null });
      expect(await ctx.store().streamRevision(stream)).toBeNull();
      await ctx.store().append(stream, f.batch(1), 'any');
      expect((await ctx.store().append(stream, f.batch(1), 'stream-exists')).firstRevision).toBe(1);
    });

    it('an exact revision must match the last revision; a miss carries the actual one', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('exact');
      const missing = await expectStoreFailure(ctx.store().append(stream, f.batch(1), 0), 'CONCURRENCY_CONFLICT');
      expect(missing).toMatchObject({ expected: '0', actual: null });
      await ctx.store().append(stream, f.batch(3), 'no-stream');
      const stale = await expectStoreFailure(ctx.store().append(stream, f.batch(1), 1), 'CONCURRENCY_CONFLICT');
      expect(stale).toMatchObject({ streamId: stream, expected: '1', actual: 2 });
      const ahead = await expectStoreFailure(ctx.store().append(stream, f.batch(1), 5), 'CONCURRENCY_CONFLICT');
      expect(ahead.actual).toBe(2);
      expect((await ctx.store().append(stream, f.batch(1), 2)).firstRevision).toBe(3);
    });

    it("'any' appends whether or not the stream exists", async () => {
      const f = ctx.fixtures();
      const stream = f.stream('any');
      expect((await ctx.store().append(stream, f.batch(1), 'any')).firstRevision).toBe(0);
      expect((await ctx.store().append(stream, f.batch(2), 'any')).lastRevision).toBe(2);
    });
  });

  describe('idempotency by event id', () => {
    it('a re-sent batch returns the original result, marked duplicate, and writes nothing', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('resend');
      const batch = f.batch(3);
      const original = await ctx.store().append(stream, batch, 'no-stream');
      await ctx.store().append(stream, f.batch(1), 2);
      const head = await ctx.store().headPosition();
      // The retry still says 'no-stream': the first attempt moved the stream, the retry must not conflict.
      const retry = await ctx.store().append(stream, batch, 'no-stream');
      expect(retry).toEqual({ ...original, duplicate: true });
      expect(await ctx.store().headPosition()).toBe(head);
      expect(await ctx.store().readStream(stream)).toHaveLength(4);
    });

    it('a batch that is only partly stored is an IDEMPOTENCY_CONFLICT and writes nothing', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('partial');
      const [a, b] = f.batch(2);
      await ctx.store().append(stream, [a!, b!], 'no-stream');
      const error = await expectStoreFailure(
        ctx.store().append(stream, [b!, f.savingRealised()], 'any'),
        'IDEMPOTENCY_CONFLICT',
      );
      expect(error.eventId).toBe(b!.metadata.eventId);
      expect(await ctx.store().streamRevision(stream)).toBe(1);
    });

    it('the same ids in another order, or a subset of the batch, conflict', async () => {
      const f = ctx.fixtures();
      const stream = f.stream('order');
      const batch = f.batch(3);
      await ctx.store().append(stream, batch, 'no-stream');
      await expectStoreFailure(
        ctx.store().append(stream, [batch[1]!, batch[0]!, batch[2]!], 'any'),
        'IDEMPOTENCY_CONFLICT',
      );
      await expectStoreFailure(ctx.store().append(stream, batch.slice(0, 2), 'any'), 'IDEMPOTENCY_CONFLICT');
      expect(await ctx.store().streamRevision(stream)).toBe(2);
    });

    it('an id repeated inside one batch conflicts', async () => {
      const f = ctx.fixtures();
      const event = f.savingRealised();
      await expectStoreFailure(ctx.store().append(f.stream('twice'), [event, event], 'any'), 'IDEMPOTENCY_CONFLICT');
      expect(await ctx.store().streamRevision(f.stream('twice'))).toBeNull();
    });

    it.skipIf(!ctx.options.crossStreamIdempotency)('the same batch sent to another stream conflicts', async () => {
      const f = ctx.fixtures();
      const batch = f.batch(2);
      await ctx.store().append(f.stream('first'), batch, 'no-stream');
      await expectStoreFailure(ctx.store().append(f.stream('second'), batch, 'no-stream'), 'IDEMPOTENCY_CONFLICT');
      expect(await collect(ctx.store().listStreams())).not.toContainEqual(
        expect.objectContaining({ streamId: f.stream('second') }),
      );
    });
  });
}
