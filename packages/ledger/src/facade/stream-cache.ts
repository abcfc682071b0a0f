import { toRecordedEvent } from '../events/index.js';
import type { EvolvableEvent } from '../programme/evolve.js';
import { foldMunicipality } from '../municipality/evolve.js';
import { initialMunicipalityState } from '../municipality/municipality-state.js';
import { foldProgramme } from '../programme/evolve.js';
import { initialProgrammeState } from '../programme/programme-state.js';
import type { StreamState } from '../commands/decide.js';
import type { EventStore } from '../store/port.js';

const initial = (kind: StreamState['kind']): StreamState =>
  kind === 'programme' ? { kind, state: initialProgrammeState } : { kind, state: initialMunicipalityState };

/** The state after `events`, from `from`: what a cached stream becomes once they are written. */
export const fold = (from: StreamState, events: readonly EvolvableEvent[]): StreamState =>
  from.kind === 'programme'
    ? { kind: 'programme', state: foldProgramme(events, from.state) }
    : { kind: 'municipality', state: foldMunicipality(events, from.state) };

/**
 * Keeps each stream's folded state in memory and reads only the events appended since, so a
 * command does not replay its whole stream. Bounded: the least recently used streams are dropped.
 */
export function createStreamCache(store: EventStore, capacity = 1000) {
  const cache = new Map<string, StreamState>();

  async function load(streamId: string, kind: StreamState['kind']): Promise<StreamState> {
    const cached = cache.get(streamId);
    const from = cached ?? initial(kind);
    const revision = from.state.revision;
    const stored = await store.readStream(streamId, { fromRevision: revision + 1 });
    const next = stored.length === 0 ? from : fold(from, stored.map(toRecordedEvent));
    cache.delete(streamId);
    cache.set(streamId, next);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return next;
  }

  /**
   * Puts `next` in place of `decidedOn` once the events that lead from one to the other are durable, so the
   * next command neither reads nor re-validates them; only when nobody moved the cache in between. A group
   * of commands on one stream chains through it in order.
   */
  function replace(streamId: string, decidedOn: StreamState, next: StreamState): void {
    if (cache.get(streamId) === decidedOn) cache.set(streamId, next);
  }

  return { load, replace, forget: (streamId: string) => cache.delete(streamId) };
}
