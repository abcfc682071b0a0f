import { endOfDutchDay, parseInstant, pcMomentNameSchema } from '@grip/ledger';
import { InvalidAsOfError, type AsOf } from './as-of.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const AS_OF_HELP =
  'an ISO date-time with offset (2021-04-30T12:00:00Z), a date (the end of that day in Dutch time), or a P&C moment name (berap-2-2021)';

/**
 * "As known at", as people write it: the one parser of the library, the CLI and the API. A date means
 * the end of that day in Amsterdam (what "as known on 30 April" means to a controller), a date-time is
 * taken as given, a lower-case name is a P&C moment of the municipality.
 */
export function asOfFromText(text: string): { ok: true; asOf: AsOf } | { ok: false; message: string } {
  if (DATE.test(text)) {
    try {
      return { ok: true, asOf: { at: endOfDutchDay(text) } };
    } catch {
      return { ok: false, message: `${text} is not a calendar date` };
    }
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    return parseInstant(text)
      ? { ok: true, asOf: { at: text } }
      : { ok: false, message: `${text} is not an ISO date-time with offset` };
  }
  if (pcMomentNameSchema.safeParse(text).success) return { ok: true, asOf: { moment: text } };
  return { ok: false, message: `takes ${AS_OF_HELP}` };
}

/** What every projection query takes as asOf: the text a person writes, or the parsed form. */
export type AsOfInput = AsOf | string;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * An AsOfInput as the AsOf the queries work with. Text goes through asOfFromText; an object must be
 * exactly one of `{ at }`, `{ moment }` or `{ position }`. Anything else (a JS caller's number, a Date,
 * `{}`) is an InvalidAsOfError rather than a TypeError deep inside a query.
 */
export function toAsOf(input: AsOfInput): AsOf {
  const value: unknown = input;
  if (typeof value === 'string') {
    const parsed = asOfFromText(value);
    if (!parsed.ok) throw new InvalidAsOfError(value, parsed.message);
    return parsed.asOf;
  }
  if (isRecord(value) && Object.keys(value).length === 1) {
    if (typeof value['at'] === 'string') return { at: value['at'] };
    if (typeof value['moment'] === 'string') return { moment: value['moment'] };
    if (typeof value['position'] === 'string') return value as AsOf;
  }
  throw new InvalidAsOfError(describeInput(value), `takes ${AS_OF_HELP}, or one of { at }, { moment }, { position }`);
}

const describeInput = (value: unknown): string => {
  if (value instanceof Date) return `a Date (${value.toISOString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};
