import { tz, TZDate } from '@date-fns/tz';
import { endOfDay, getYear, isValid, parseISO } from 'date-fns';
import { isoDateTimeSchema } from '../events/shared-schemas.js';

/** Dutch municipalities keep Dutch time: "as known on 30 April" ends at midnight in Amsterdam, not UTC. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The last millisecond of a calendar date in Dutch time, as an ISO instant (UTC). Summer and winter
 * time are handled by the time zone database: 2021-04-30 ends at 21:59:59.999Z, 2021-12-31 at 22:59:59.999Z.
 */
export function endOfDutchDay(date: string): string {
  const day = parseISO(date, { in: tz(DUTCH_TIME_ZONE) });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValid(day)) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(endOfDay(day).getTime()).toISOString();
}

/** The budget year (begrotingsjaar, a calendar year) a moment falls in, in Dutch time. */
export function budgetYearOf(instant: Date): number {
  return getYear(new TZDate(instant.getTime(), DUTCH_TIME_ZONE));
}

/** An ISO 8601 date-time with an offset or Z, by the same schema event metadata uses; null otherwise. */
export function parseInstant(text: string): Date | null {
  return isoDateTimeSchema.safeParse(text).success ? parseISO(text) : null;
}
