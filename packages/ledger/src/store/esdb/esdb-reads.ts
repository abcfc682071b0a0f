import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type EventStoreDBClient,
  type Position as EsdbPosition,
  type RecordedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { Position } from '../../events/envelope.js';
import { withDeadline } from './esdb-deadline.js';
import { isStreamNotFound } from './esdb-errors.js';
import { compareEsdbPositions, decodeEsdbPosition, encodeEsdbPosition } from './esdb-identity.js';
import { isGripEvent } from './esdb-envelope.js';

/** What every read needs: the client and the time limit per call. */
export type EsdbReader = { readonly client: EventStoreDBClient; readonly deadlineMs: number };

type ReadCall = AsyncIterable<ResolvedEvent> & {
  on(event: 'data', listener: (e: ResolvedEvent) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (e: unknown) => void): unknown;
  cancel(): Promise<void>;
};

/**
 * Reads one bounded page to its end. Never leaves a read early: a gRPC read stream that is abandoned
 * half-way keeps the client's dispose() waiting forever, so every read is bounded by maxCount and
 * consumed whole (or cancelled when its deadline passes).
 */
function drain(reader: EsdbReader, what: string, open: () => ReadCall): Promise<RecordedEvent[]> {
  let call: ReadCall | undefined;
  return withDeadline(
    reader.deadlineMs,
    what,
    () =>
      new Promise<RecordedEvent[]>((resolve, reject) => {
        const out: RecordedEvent[] = [];
        call = open();
        call.on('data', (resolved) => {
          if (resolved.event) out.push(resolved.event);
        });
        call.on('end', () => resolve(out));
        call.on('error', reject);
      }),
    () => void call?.cancel(),
  );
}

/** A stream's events from a revision on (forwards), or nothing when the stream does not exist. */
export async function readStreamPage(
  reader: EsdbReader,
  streamId: string,
  fromRevision: number,
  maxCount: number,
): Promise<RecordedEvent[]> {
  try {
    return await drain(reader, `a read of ${streamId}`, () =>
      reader.client.readStream(streamId, { fromRevision: BigInt(fromRevision), direction: FORWARDS, maxCount }),
    );
  } catch (e) {
    if (isStreamNotFound(e)) return [];
    throw e;
  }
}

/** A whole stream (or from a revision on), page by page. */
export async function readStreamRaw(
  reader: EsdbReader,
  streamId: string,
  fromRevision = 0,
  maxCount = Number.MAX_SAFE_INTEGER,
  pageSize = 500,
): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  while (out.length < maxCount) {
    const want = Math.min(pageSize, maxCount - out.length);
    const page = await readStreamPage(reader, streamId, fromRevision + out.length, want);
    out.push(...page);
    if (page.length < want) break;
  }
  return out;
}

/** The last event of a stream, read backwards one event, or null when there is none. */
export async function lastEventOf(reader: EsdbReader, streamId: string): Promise<RecordedEvent | null> {
  try {
    const [last] = await drain(reader, `the head of ${streamId}`, () =>
      reader.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1 }),
    );
    return last ?? null;
  } catch (e) {
    if (isStreamNotFound(e)) return null;
    throw e;
  }
}

/** One page of $all from a position (inclusive: the server includes the event AT the position). */
const allPage = (reader: EsdbReader, from: EsdbPosition | undefined, pageSize: number, backwards: boolean) =>
  drain(reader, 'a read of $all', () =>
    reader.client.readAll({
      fromPosition: from ?? (backwards ? END : START),
      direction: backwards ? BACKWARDS : FORWARDS,
      maxCount: pageSize,
    }),
  );

/**
 * Our events of $all after `after` (exclusive) up to `upTo` (inclusive), page by page. A forward read
 * includes its start position, so each page after the first asks for one more event than it keeps,
 * and the cursor event is dropped by position: a page that holds only the cursor is the end.
 */
export async function* readAllGrip(
  reader: EsdbReader,
  after: Position | undefined,
  upTo: Position | undefined,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let cursor = after;
  for (;;) {
    const ask = cursor === undefined ? pageSize : pageSize + 1;
    const page = await allPage(reader, cursor === undefined ? undefined : decodeEsdbPosition(cursor), ask, false);
    let advanced = false;
    for (const event of page) {
      if (!event.position) continue;
      const position = encodeEsdbPosition(event.position);
      if (cursor !== undefined && compareEsdbPositions(position, cursor) <= 0) continue;
      if (upTo !== undefined && compareEsdbPositions(position, upTo) > 0) return;
      cursor = position;
      advanced = true;
      if (isGripEvent(event)) yield event;
    }
    if (page.length < ask || !advanced) return;
  }
}

/** The newest of our events, reading $all backwards page by page past index, system and foreign events. */
export async function newestGripPosition(reader: EsdbReader, pageSize = 64): Promise<Position | null> {
  let cursor: Position | undefined;
  for (;;) {
    const page = await allPage(reader, cursor === undefined ? undefined : decodeEsdbPosition(cursor), pageSize, true);
    let advanced = false;
    for (const event of page) {
      if (!event.position) continue;
      const position = encodeEsdbPosition(event.position);
      if (cursor !== undefined && compareEsdbPositions(position, cursor) >= 0) continue;
      if (isGripEvent(event)) return position;
      cursor = position;
      advanced = true;
    }
    if (page.length < pageSize || !advanced) return null;
  }
}
