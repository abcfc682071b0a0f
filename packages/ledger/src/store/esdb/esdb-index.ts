import { ANY, jsonEvent, type RecordedEvent } from '@eventstore/db-client';
import { z } from 'zod';
import { withDeadline } from './esdb-deadline.js';
import { esdbEventUuid } from './esdb-identity.js';
import { lastEventOf, readStreamPage, type EsdbReader } from './esdb-reads.js';

/**
 * Index streams, so no hot path scans $all (EventStoreDB cannot look events up by id, nor list
 * streams without the $streams system projection, which we do not assume):
 *
 * - `grip-eventid-<event id>`: one tiny stream per event id, whose last event points at the stream and
 *   revision the event was written to. findEvent and the idempotency check read it (one event) and
 *   then that one event, and trust the pointer only when the event there really has this id.
 * - `grip-streams`: the stream directory, one entry per ledger stream, for listStreams.
 *
 * Both are written BEFORE the ledger append they describe (EventStoreDB has no multi-stream
 * transaction): a crash in between leaves a pointer to an event that is not there, or a directory
 * entry for a stream that does not exist, and readers skip both. The other order would leave stored
 * events that no lookup can find, and a retry could then store them twice.
 */
export const eventIndexStream = (eventId: string): string => `grip-eventid-${eventId}`;
export const DIRECTORY_STREAM = 'grip-streams';

const pointerSchema = z.object({ eventId: z.string(), streamId: z.string(), revision: z.number().int().nonnegative() });
const directoryEntrySchema = z.object({ streamId: z.string() });

const INDEX_MARK = { gripIndex: 1 } as const;

export type EsdbWriter = EsdbReader;

async function appendIndexEvent(writer: EsdbWriter, streamId: string, type: string, data: Record<string, unknown>) {
  const event = jsonEvent({
    id: esdbEventUuid(`${streamId}\n${JSON.stringify(data)}`),
    type,
    data,
    metadata: INDEX_MARK,
  });
  await withDeadline(writer.deadlineMs, `an index append to ${streamId}`, () =>
    writer.client.appendToStream(streamId, [event], { expectedRevision: ANY, deadline: writer.deadlineMs }),
  );
}

/** Points each id at the revision it is about to be written to. */
export async function reserveEventIds(
  writer: EsdbWriter,
  streamId: string,
  firstRevision: number,
  eventIds: readonly string[],
): Promise<void> {
  await Promise.all(
    eventIds.map((eventId, i) =>
      appendIndexEvent(writer, eventIndexStream(eventId), 'GripEventLocated', {
        eventId,
        streamId,
        revision: firstRevision + i,
      }),
    ),
  );
}

export const registerStream = (writer: EsdbWriter, streamId: string): Promise<void> =>
  appendIndexEvent(writer, DIRECTORY_STREAM, 'GripStreamCreated', { streamId });

/** The stored event with this id, or null: two reads of one event each, never a scan. */
export async function locateEvent(
  reader: EsdbReader,
  eventId: string,
  idOf: (event: RecordedEvent) => string | undefined,
): Promise<RecordedEvent | null> {
  const last = await lastEventOf(reader, eventIndexStream(eventId));
  const pointer = pointerSchema.safeParse(last?.data);
  if (!pointer.success || pointer.data.eventId !== eventId) return null;
  const [event] = await readStreamPage(reader, pointer.data.streamId, pointer.data.revision, 1);
  return event && idOf(event) === eventId ? event : null;
}

/** Every stream the directory names, once each, in the order they were first registered. */
export async function* directoryStreams(reader: EsdbReader, pageSize = 500): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (let from = 0; ; from += pageSize) {
    const page = await readStreamPage(reader, DIRECTORY_STREAM, from, pageSize);
    for (const event of page) {
      const entry = directoryEntrySchema.safeParse(event.data);
      if (entry.success && !seen.has(entry.data.streamId)) {
        seen.add(entry.data.streamId);
        yield entry.data.streamId;
      }
    }
    if (page.length < pageSize) return;
  }
}
