import type { DomainEvent, EventDataOf } from '../events/catalogue.js';
import { findInLog, replaceInLog, type AppendLog } from './append-log.js';

type Entry = { readonly eventId: string } & DomainEvent;
type Correction = { readonly data: EventDataOf<'EntryCorrected'> };

/**
 * Returns the entries with the corrected one's data replaced. Entries are never removed or moved:
 * a corrected fact keeps its place in the stream, so later revisions still win over it.
 */
export function withCorrection<E extends Entry>(entries: AppendLog<E>, correction: Correction): AppendLog<E> {
  const found = findInLog(entries, (entry) => entry.eventId === correction.data.correctedEventId);
  if (!found) return entries;
  return replaceInLog(entries, found.index, { ...found.item, data: correction.data.replacement } as E);
}
