import {
  commandSchema,
  createMemoryEventStore,
  streamOf,
  type Command,
  type EventStore,
  type NewEvent,
} from '@grip/ledger';
import type { Journal } from './journal-types.js';

/** Every stream the journals write to: their programmes' streams and their municipalities' streams. */
export function touchedStreams(journals: readonly Journal[]): Set<string> {
  const streams = new Set<string>();
  for (const journal of journals) {
    for (const entry of journal.entries) {
      const command = commandSchema.parse(entry.command) as Command;
      streams.add(streamOf(command, journal.municipality).streamId);
    }
  }
  return streams;
}

/**
 * An in-memory store holding copies of the touched streams, for the dry run: the commands are decided
 * against the real current state (and earlier imports are recognised by their ids), but nothing the
 * dry run writes can reach the real store.
 */
export async function memoryCopyOf(store: EventStore, streamIds: Iterable<string>): Promise<EventStore> {
  const copy = createMemoryEventStore();
  for (const streamId of streamIds) {
    const events = await store.readStream(streamId);
    if (events.length === 0) continue;
    const asNew = events.map(({ type, version, data, metadata }) => ({ type, version, data, metadata }) as NewEvent);
    await copy.append(streamId, asNew, 'no-stream');
  }
  return copy;
}
