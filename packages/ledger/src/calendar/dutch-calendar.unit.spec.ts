import { describe, expect, it } from 'vitest';
import { budgetYearOf, endOfDutchDay, parseInstant } from './dutch-calendar.js';

describe('the Dutch calendar', () => {
  it('ends a day at midnight in Amsterdam, in summer and in winter time', () => {
    expect(endOfDutchDay('2021-04-30')).toBe('2021-04-30T21:59:59.999Z');
    expect(endOfDutchDay('2021-12-31')).toBe('2021-12-31T22:59:59.999Z');
    // The night the clocks go back (31 October 2021) lasts 25 hours; its end is still midnight.
    expect(endOfDutchDay('2021-10-31')).toBe('2021-10-31T22:59:59.999Z');
  });

  it('refuses dates that do not exist', () => {
    expect(() => endOfDutchDay('2021-02-29')).toThrow(/not a calendar date/);
    expect(() => endOfDutchDay('2021-13-01')).toThrow(/not a calendar date/);
    expect(() => endOfDutchDay('30-04-2021')).toThrow(/not a calendar date/);
  });

  it("puts new year's eve after 23:00 UTC in the next budget year", () => {
    expect(budgetYearOf(new Date('2021-12-31T22:59:59Z'))).toBe(2021);
    expect(budgetYearOf(new Date('2021-12-31T23:00:00Z'))).toBe(2022);
  });

  it('reads strict ISO instants only', () => {
    expect(parseInstant('2021-04-30T12:00:00Z')?.toISOString()).toBe('2021-04-30T12:00:00.000Z');
    expect(parseInstant('2021-04-30T14:00:00+02:00')?.toISOString()).toBe('2021-04-30T12:00:00.000Z');
    expect(parseInstant('2021-04-30')).toBeNull();
    expect(parseInstant('April 30, 2021')).toBeNull();
    expect(parseInstant('2021-02-30T12:00:00Z')).toBeNull();
  });
});

describe('instants', () => {
  it('follow the same schema as event metadata: seconds are required', () => {
    expect(parseInstant('2021-04-30T12:00Z')).toBeNull();
    expect(parseInstant('2021-04-30T12:00:00.123456Z')?.toISOString()).toBe('2021-04-30T12:00:00.123Z');
  });
});
