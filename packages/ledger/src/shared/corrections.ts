import type { DomainEvent } from '../events/catalogue.js';
import type { EventDataOf } from '../events/catalogue.js';

type Entry = { readonly eventId: string } & DomainEvent;
type Correction = { readonly data: EventDataOf<'EntryCorrected'> };

/**
 * Returns the entries with the corrected one's data replaced. Entries are never removed or moved:
 * a corrected fact keeps its place in the stream, so later revisions still win over it.
 */
export function withCorrection<E extends Entry>(entries: readonly E[], index: ReadonlyMap<string, number>, correction: Correction): E[] {
  const at = index.get(correction.data.correctedEventId);
  if (at === undefined) return [...entries];
  const next = [...entries];
  next[at] = { ...entries[at]!, data: correction.data.replacement } as E;
  return next;
}
