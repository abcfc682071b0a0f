import { endOfDutchDay, parseInstant, pcMomentNameSchema } from '@grip/ledger';
import type { AsOf } from '@grip/projections';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const AS_OF_HELP =
  'an ISO date-time with offset (2021-04-30T12:00:00Z), a date (the end of that day in Dutch time), or a P&C moment name (berap-2-2021)';

/**
 * "As known at", as people write it, for the CLI and the API alike: a date means the end of that day
 * in Amsterdam (what "as known on 30 April" means to a controller), a date-time is taken as given.
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
