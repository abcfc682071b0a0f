import { NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import { GENESIS_HASH } from '../../chain/hash.js';
import type { NewEvent } from '../../events/envelope.js';
import { chainBatch, eventIdOf } from '../shared/chain-batch.js';
import { assertValidExpected, checkExpectedRevision } from '../shared/expected-revision.js';
import { assertNonEmptyBatch, classifyBatch } from '../shared/idempotency.js';
import { concurrencyConflict, storeUnavailable } from '../shared/store-failures.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import { withDeadline } from './esdb-deadline.js';
import { gripEventIdOf, toBatchMember, toEsdbEvent, toStoredEvent } from './esdb-envelope.js';
import { locateEvent, registerStream, reserveEventIds, type EsdbWriter } from './esdb-index.js';
import { lastEventOf, readStreamPage } from './esdb-reads.js';

/**
 * Appends with the port's semantics on top of ESDB.
 *
 * The hash chain needs the previous event's hash, so we read the stream's LAST event and append with
 * the exact revision we read (NO_STREAM when there is none), never ESDB's ANY or STREAM_EXISTS, which
 * would let another writer slip in between and break the chain. The caller's expectation is checked
 * against what we read. When the caller said 'any' or 'stream-exists' and another writer got there
 * first, we read again and retry until the deadline: those expectations never conflict (the port says
 * so); a stream so busy that the deadline passes is STORE_UNAVAILABLE, not a conflict.
 *
 * Idempotency looks each id up in its index stream (esdb-index.ts): a few one-event reads, however long
 * the stream. The ids are reserved in the index before the append, so a lookup finds an event that was
 * stored even if this process dies right after storing it.
 */
export async function appendToEsdb(
  writer: EsdbWriter & { readonly busyRetryMs: number },
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  assertValidExpected(expected);
  assertNonEmptyBatch(streamId, events.length);
  const ids = events.map(eventIdOf);
  const giveUpAt = Date.now() + writer.busyRetryMs;
  for (let attempt = 1; ; attempt++) {
    const found = await Promise.all(ids.map((id) => locateEvent(writer, id, gripEventIdOf)));
    const duplicate = classifyBatch(
      streamId,
      ids,
      found.map((event) => (event ? toBatchMember(event) : undefined)),
    );
    if (duplicate) return duplicate;

    const head = await lastEventOf(writer, streamId);
    const actual = head === null ? null : Number(head.revision);
    checkExpectedRevision(streamId, expected, actual);
    const chained = chainBatch(streamId, (actual ?? -1) + 1, head ? toBatchMember(head).hash : GENESIS_HASH, events);
    await Promise.all([
      actual === null ? registerStream(writer, streamId) : undefined,
      reserveEventIds(writer, streamId, chained[0]!.revision, ids),
    ]);
    try {
      const written = await withDeadline(writer.deadlineMs, `an append to ${streamId}`, () =>
        writer.client.appendToStream(streamId, chained.map(toEsdbEvent), {
          expectedRevision: actual === null ? NO_STREAM : BigInt(actual),
          deadline: writer.deadlineMs,
        }),
      );
      // With throwOnAppendFailure=false in the connection string the client reports a lost race as a
      // result instead of an error (and BatchAppend's revision in it is wrong): treat it as the error.
      if (!written.success)
        throw new WrongExpectedVersionError(undefined, { streamName: streamId, current: 'no_stream', expected: 'any' });
      const lastRevision = Number(written.nextExpectedRevision);
      return {
        streamId,
        firstRevision: chained[0]!.revision,
        lastRevision,
        position: await positionOfRevision(writer, streamId, lastRevision),
        duplicate: false,
      };
    } catch (e) {
      if (!(e instanceof WrongExpectedVersionError)) throw e;
      if (expected !== 'any' && expected !== 'stream-exists') {
        const raced = carriesRevision(e) ? Number(e.actualVersion) : await currentRevision(writer, streamId);
        throw concurrencyConflict(streamId, expected, raced);
      }
      if (Date.now() > giveUpAt)
        throw storeUnavailable(`stream ${streamId} is too busy: ${attempt} appends lost their race`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, attempt * 5) * Math.random()));
    }
  }
}

/** Whether the error carries the stream's real revision (the client's own errors do). */
const carriesRevision = (e: WrongExpectedVersionError): boolean =>
  e.actualVersion !== NO_STREAM && e.actualVersion !== undefined;

async function currentRevision(writer: EsdbWriter, streamId: string): Promise<number | null> {
  const head = await lastEventOf(writer, streamId);
  return head === null ? null : Number(head.revision);
}

/**
 * The position readAll reports for the batch's last event, read back: the append result's position
 * is that of the commit, which for a batch of several events is not the last event's own pair.
 */
async function positionOfRevision(writer: EsdbWriter, streamId: string, revision: number) {
  const [event] = await readStreamPage(writer, streamId, revision, 1);
  if (!event) throw storeUnavailable(`EventStoreDB did not return ${streamId}@${revision} right after writing it`);
  return toStoredEvent(event).position;
}
