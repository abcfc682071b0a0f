import { toRecordedEvent, type NewEvent } from '../events/index.js';
import type { EvolvableEvent } from '../programme/evolve.js';
import { foldMunicipality } from '../municipality/evolve.js';
import { initialMunicipalityState } from '../municipality/municipality-state.js';
import { foldProgramme } from '../programme/evolve.js';
import { initialProgrammeState } from '../programme/programme-state.js';
import type { StreamState } from '../commands/decide.js';
import type { EventStore } from '../store/port.js';

const initial = (kind: StreamState['kind']): StreamState =>
  kind === 'programme' ? { kind, state: initialProgrammeState } : { kind, state: initialMunicipalityState };

const fold = (from: StreamState, events: readonly EvolvableEvent[]): StreamState =>
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
   * After a successful append, folds the events just written into the cached state, so the next
   * command does not read and re-validate them; only when nobody moved the cache in between.
   */
  function advance(streamId: string, decidedOn: StreamState, written: readonly NewEvent[]): void {
    if (cache.get(streamId) === decidedOn) cache.set(streamId, fold(decidedOn, written));
  }

  return { load, advance, forget: (streamId: string) => cache.delete(streamId) };
}
