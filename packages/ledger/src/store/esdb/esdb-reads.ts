import { BACKWARDS, END, FORWARDS, START, type EventStoreDBClient, type RecordedEvent } from '@eventstore/db-client';
import type { Position } from '../../events/envelope.js';
import { isStreamNotFound } from './esdb-errors.js';
import { compareEsdbPositions, decodeEsdbPosition, encodeEsdbPosition } from './esdb-identity.js';
import { isGripEvent } from './esdb-envelope.js';

/** Reads a stream's raw events from a revision on, or nothing when the stream does not exist. */
export async function readStreamRaw(
  client: EventStoreDBClient,
  streamId: string,
  fromRevision = 0,
  maxCount?: number,
): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  try {
    const read = client.readStream(streamId, {
      fromRevision: BigInt(fromRevision),
      direction: FORWARDS,
      ...(maxCount === undefined ? {} : { maxCount }),
    });
    for await (const resolved of read) if (resolved.event) out.push(resolved.event);
  } catch (e) {
    if (isStreamNotFound(e)) return [];
    throw e;
  }
  return out;
}

/** The last revision of a stream, read backwards one event, or null when there is none. */
export async function lastRevisionOf(client: EventStoreDBClient, streamId: string): Promise<number | null> {
  try {
    for await (const resolved of client.readStream(streamId, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1,
    })) {
      if (resolved.event) return Number(resolved.event.revision);
    }
  } catch (e) {
    if (isStreamNotFound(e)) return null;
    throw e;
  }
  return null;
}

/**
 * Our events of $all after `after` (exclusive) up to `upTo` (inclusive), page by page. ESDB's
 * fromPosition is inclusive, so the event at the cursor is skipped; system events are skipped too.
 */
export async function* readAllGrip(
  client: EventStoreDBClient,
  after: Position | undefined,
  upTo: Position | undefined,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let from = after === undefined ? undefined : decodeEsdbPosition(after);
  for (;;) {
    let seen = 0;
    let last: RecordedEvent | undefined;
    for await (const resolved of client.readAll({
      fromPosition: from ?? START,
      direction: FORWARDS,
      maxCount: pageSize,
    })) {
      seen++;
      const event = resolved.event as RecordedEvent | undefined;
      if (!event?.position) continue;
      last = event;
      const position = encodeEsdbPosition(event.position);
      if (from && compareEsdbPositions(position, encodeEsdbPosition(from)) <= 0) continue;
      if (upTo && compareEsdbPositions(position, upTo) > 0) return;
      if (isGripEvent(event)) yield event;
    }
    if (seen < pageSize || !last?.position) return;
    from = last.position;
  }
}

/** The newest of our events, reading $all backwards page by page past system and foreign events. */
export async function newestGripPosition(client: EventStoreDBClient, pageSize = 200): Promise<Position | null> {
  let from: Position | undefined;
  for (;;) {
    let seen = 0;
    let last: RecordedEvent | undefined;
    for await (const resolved of client.readAll({
      fromPosition: from ? decodeEsdbPosition(from) : END,
      direction: BACKWARDS,
      maxCount: pageSize,
    })) {
      seen++;
      const event = resolved.event as RecordedEvent | undefined;
      if (!event?.position) continue;
      last = event;
      if (from && compareEsdbPositions(encodeEsdbPosition(event.position), from) >= 0) continue;
      if (isGripEvent(event)) return encodeEsdbPosition(event.position);
    }
    if (seen < pageSize || !last?.position) return null;
    from = encodeEsdbPosition(last.position);
  }
}
