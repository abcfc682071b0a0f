import { NO_STREAM, WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';
import { GENESIS_HASH } from '../../chain/hash.js';
import type { NewEvent } from '../../events/envelope.js';
import { chainBatch, eventIdOf } from '../shared/chain-batch.js';
import { assertValidExpected, checkExpectedRevision } from '../shared/expected-revision.js';
import { assertNonEmptyBatch, classifyBatch } from '../shared/idempotency.js';
import { concurrencyConflict } from '../shared/store-failures.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import { toBatchMember, toEsdbEvent, toStoredEvent } from './esdb-envelope.js';
import { encodeEsdbPosition } from './esdb-identity.js';
import { readStreamRaw } from './esdb-reads.js';

/** How often an 'any' / 'stream-exists' append re-reads and retries after losing a race it does not care about. */
const MAX_ATTEMPTS = 5;

/**
 * Appends with the port's semantics on top of ESDB.
 *
 * The hash chain needs the previous event's hash, so we always read the stream first and append with
 * the EXACT revision we read (NO_STREAM when there is none) -- never ESDB's ANY or STREAM_EXISTS, which
 * would let another writer slip in between and break the chain. The caller's expectation is checked
 * against what we read; when the caller said 'any' or 'stream-exists' and ESDB reports a race, we re-read
 * and try again.
 *
 * Not efficient, and said plainly: the idempotency check reads the WHOLE target stream on every append
 * (ESDB cannot look events up by id). Fine for per-programme streams of thousands of events, not for
 * millions. An event id reused in ANOTHER stream is not detected (ESDB's own duplicate check is per
 * stream too); the conformance suite runs with crossStreamIdempotency: false for this adapter.
 */
export async function appendToEsdb(
  client: EventStoreDBClient,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  assertValidExpected(expected);
  assertNonEmptyBatch(streamId, events.length);
  const ids = events.map(eventIdOf);
  for (let attempt = 1; ; attempt++) {
    const existing = (await readStreamRaw(client, streamId)).map(toBatchMember);
    const byId = new Map(existing.map((m) => [m.eventId, m]));
    const duplicate = classifyBatch(
      streamId,
      ids,
      ids.map((id) => byId.get(id)),
    );
    if (duplicate) return duplicate;

    const actual = existing.length === 0 ? null : existing.length - 1;
    checkExpectedRevision(streamId, expected, actual);
    const chained = chainBatch(
      streamId,
      existing.length,
      actual === null ? GENESIS_HASH : existing[actual]!.hash,
      events,
    );
    try {
      const written = await client.appendToStream(streamId, chained.map(toEsdbEvent), {
        expectedRevision: actual === null ? NO_STREAM : BigInt(actual),
      });
      const lastRevision = Number(written.nextExpectedRevision);
      return {
        streamId,
        firstRevision: chained[0]!.revision,
        lastRevision,
        position: await positionOfRevision(client, streamId, lastRevision, written.position),
        duplicate: false,
      };
    } catch (e) {
      if (!(e instanceof WrongExpectedVersionError)) throw e;
      const raced = e.actualVersion === NO_STREAM ? null : Number(e.actualVersion);
      if ((expected === 'any' || expected === 'stream-exists') && attempt < MAX_ATTEMPTS) continue;
      throw concurrencyConflict(streamId, expected, raced);
    }
  }
}

/**
 * The position readAll will report for the batch's last event. Read back rather than taken from the
 * append result, whose position is that of the commit record and need not equal the event's own
 * commit/prepare pair on every server version; it is only the fallback.
 */
async function positionOfRevision(
  client: EventStoreDBClient,
  streamId: string,
  revision: number,
  fallback?: { commit: bigint; prepare: bigint },
) {
  const [event] = await readStreamRaw(client, streamId, revision, 1);
  if (event?.position) return toStoredEvent(event).position;
  if (fallback) return encodeEsdbPosition(fallback);
  throw new Error(`EventStoreDB returned no position for ${streamId}@${revision}`);
}
