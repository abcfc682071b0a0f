import type { EventStore } from './port.js';
import { parseStreamId } from './stream-ids.js';

/**
 * Every programme stream's key (`GM0118/x`, or a legacy bare id), in key order: the store lists its
 * streams and the programme streams are picked by their name (there is no separate index). The one
 * programme listing, for the API and the projections; keys are what their loaders take.
 */
export async function listProgrammeKeys(store: EventStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const { streamId } of store.listStreams()) {
    const parsed = parseStreamId(streamId);
    if (parsed?.kind === 'programme') keys.push(parsed.programmeKey);
  }
  return keys.sort();
}
