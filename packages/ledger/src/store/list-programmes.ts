import type { EventStore } from './port.js';
import { parseStreamId } from './stream-ids.js';

/**
 * Every programme's id, in id order: the store lists its streams and the programme streams are picked
 * by their name (there is no separate index). The one programme listing, for the API and the projections.
 */
export async function listProgrammeIds(store: EventStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const { streamId } of store.listStreams()) {
    const parsed = parseStreamId(streamId);
    if (parsed?.kind === 'programme') ids.push(parsed.programmeId);
  }
  return ids.sort();
}
