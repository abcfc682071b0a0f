import {
  commandSchema,
  createMemoryEventStore,
  createProgrammeResolver,
  streamOf,
  type Command,
  type EventStore,
  type NewEvent,
} from '@grip/ledger';
import type { Journal } from './journal-types.js';

/**
 * Every stream the journals write to: their programmes' streams (as the store's resolver names them for
 * the journal's municipality) and their municipalities' streams.
 */
export async function touchedStreams(store: EventStore, journals: readonly Journal[]): Promise<Set<string>> {
  const resolver = createProgrammeResolver(store);
  const streams = new Set<string>();
  for (const journal of journals) {
    for (const entry of journal.entries) {
      const command = commandSchema.parse(entry.command) as Command;
      streams.add((await streamOf(command, journal.municipality, resolver.keyOf)).streamId);
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
