import type { AsOf } from '@grip/projections';
import { usageError } from '../cli-error.js';

/**
 * "As known at": an ISO date-time, a date (the end of that day, UTC), or the name of a P&C moment
 * recorded for the municipality (e.g. 2021-initieel, berap-2-2021).
 */
export function parseAsOf(text: string, flag = '--as-of'): AsOf {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { at: `${text}T23:59:59.999Z` };
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    if (Number.isNaN(Date.parse(text))) throw usageError(`${flag} ${text} is not a valid ISO date-time`);
    return { at: text };
  }
  if (/^[a-z0-9][a-z0-9-]{0,79}$/.test(text)) return { moment: text };
  throw usageError(`${flag} takes an ISO date-time (2021-04-30T12:00:00Z), a date, or a P&C moment name (berap-2-2021)`);
}

export const describeAsOf = (asOf: AsOf | undefined): string =>
  asOf === undefined ? 'latest' : 'at' in asOf ? asOf.at : 'moment' in asOf ? asOf.moment : String(asOf.position);
