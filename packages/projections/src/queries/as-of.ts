import {
  endOfDutchDay,
  isoDateSchema,
  parseInstant,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '@grip/ledger';

/**
 * "As known at": a transaction time (events with recordedAt <= it), a global position of the store
 * (inclusive), or a named P&C moment of the municipality (resolved to its `at`). A time is an ISO
 * date-time with offset (`2021-04-30T12:00:00Z`, `2021-04-30T14:00:00+02:00`) or an ISO date
 * (`2021-04-30`: the end of that day in Dutch time); anything else is an InvalidAsOfError.
 */
export type AsOf = { readonly at: string } | { readonly position: Position } | { readonly moment: string };

export type { Cutoff, CutoffBound } from '../core/cutoff.js';
import type { Cutoff } from '../core/cutoff.js';

export const LATEST: Cutoff = () => true;

/** A moment name the municipality never recorded (RecordPcMoment); `code` is stable. */
export class UnknownMomentError extends Error {
  readonly code = 'UNKNOWN_PC_MOMENT';
  constructor(
    readonly municipality: string,
    readonly moment: string,
  ) {
    super(`no P&C moment "${moment}" is recorded for ${municipality}`);
    this.name = 'UnknownMomentError';
  }
}

/**
 * An as-of that cannot be placed in time: text that is no date, date-time or moment name, an `at`
 * that is no ISO date or date-time with offset (also a stated total's `knownAt`), or a value of the
 * wrong kind from an untyped caller. `code` is stable; the API answers 400, the CLI a usage error.
 */
export class InvalidAsOfError extends RangeError {
  readonly code = 'INVALID_AS_OF';
  constructor(
    readonly text: string,
    reason = 'takes an ISO date-time with offset (2021-04-30T12:00:00Z) or a date (2021-04-30, the end of that day in Dutch time)',
  ) {
    super(`${JSON.stringify(text)} is not an as-of time: ${reason}`);
    this.name = 'InvalidAsOfError';
  }
}

/**
 * The instant (ms since the epoch) an as-of time names, validated with the ledger's own schemas: a
 * calendar date is the end of that day in Dutch time, a date-time is taken as given. Loose forms that
 * Date.parse would guess at ("2022-3-1", "March 1 2022", a date-time without offset) are refused.
 */
export function instantOf(at: string): number {
  if (typeof at === 'string') {
    if (isoDateSchema.safeParse(at).success) return Date.parse(endOfDutchDay(at));
    const instant = parseInstant(at);
    if (instant) return instant.getTime();
  }
  throw new InvalidAsOfError(at);
}

/** ISO date-times and moment names cannot be confused: moment names are lower-case without ':'. */
export const looksLikeDateTime = (text: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(text);

/**
 * Events recorded at or before an as-of time. The time is parsed and validated once, here; each event's
 * recordedAt was validated as an ISO date-time with offset when it was read (toRecordedEvent), so the
 * per-event test is only Date.parse and a comparison.
 */
export function cutoffAt(at: string): Cutoff {
  const t = instantOf(at);
  return Object.assign((e: RecordedEvent) => Date.parse(e.metadata.recordedAt) <= t, { bound: { at: t } });
}

export function cutoffAtPosition(store: Pick<EventStore, 'comparePositions'>, position: Position): Cutoff {
  return Object.assign((e: RecordedEvent) => store.comparePositions(e.position, position) <= 0, {
    bound: { position },
  });
}

/** An as-of moment as a report prints it: the text as written, the date-time, the P&C moment's name, or the position. */
export const describeAsOf = (asOf: AsOf | string | undefined): string =>
  asOf === undefined
    ? 'latest'
    : typeof asOf === 'string'
      ? asOf
      : 'at' in asOf
        ? asOf.at
        : 'moment' in asOf
          ? asOf.moment
          : String(asOf.position);
