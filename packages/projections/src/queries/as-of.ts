import type { EventStore, Position, RecordedEvent } from '@grip/ledger';

/**
 * "As known at": a transaction time (ISO date-time; events with recordedAt <= it), a global position of
 * the store (inclusive), or a named P&C moment of the municipality (resolved to its `at`).
 */
export type AsOf = { readonly at: string } | { readonly position: Position } | { readonly moment: string };

/** A resolved as-of: a predicate over recorded events. */
export type Cutoff = (event: RecordedEvent) => boolean;

export const LATEST: Cutoff = () => true;

export class UnknownMomentError extends Error {
  constructor(readonly municipality: string, readonly moment: string) {
    super(`no P&C moment "${moment}" is recorded for ${municipality}`);
    this.name = 'UnknownMomentError';
  }
}

export function instantOf(isoDateTime: string): number {
  const t = Date.parse(isoDateTime);
  if (Number.isNaN(t)) throw new RangeError(`not an ISO date-time: ${isoDateTime}`);
  return t;
}

/** ISO date-times and moment names cannot be confused: moment names are lower-case without ':'. */
export const looksLikeDateTime = (text: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(text);

export function cutoffAt(isoDateTime: string): Cutoff {
  const t = instantOf(isoDateTime);
  return (e) => instantOf(e.metadata.recordedAt) <= t;
}

export function cutoffAtPosition(store: Pick<EventStore, 'comparePositions'>, position: Position): Cutoff {
  return (e) => store.comparePositions(e.position, position) <= 0;
}
