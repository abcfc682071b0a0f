import { isoDateSchema, isoDateTimeSchema, type RecordedEvent } from '@grip/ledger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cutoffAt, instantOf, InvalidAsOfError } from './as-of.js';

const recordedAt = (iso: string) => ({ metadata: { recordedAt: iso } }) as RecordedEvent;

describe('an as-of time', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['2021-04-30T12:00:00Z', '2021-04-30T12:00:00.000Z'],
    ['2021-04-30T14:00:00+02:00', '2021-04-30T12:00:00.000Z'],
    ['2021-04-30T12:00:00.5-01:30', '2021-04-30T13:30:00.500Z'],
    ['2021-04-30T12:00:00.123456Z', '2021-04-30T12:00:00.123Z'],
  ])('given the ISO date-time with offset %s, when read, then it is that instant', (text, instant) => {
    expect(new Date(instantOf(text)).toISOString()).toBe(instant);
  });

  it.each([
    ['2021-04-30', '2021-04-30T21:59:59.999Z'], // summer time, UTC+2
    ['2021-12-31', '2021-12-31T22:59:59.999Z'], // winter time, UTC+1
    ['2024-02-29', '2024-02-29T22:59:59.999Z'],
  ])('given the ISO date %s, when read, then it is the end of that day in Dutch time', (text, instant) => {
    expect(new Date(instantOf(text)).toISOString()).toBe(instant);
  });

  it.each([
    ['a date without leading zeros', '2022-3-1'],
    ['a date in words', 'March 1 2022'],
    ['a date-time without offset (local time of whatever machine runs it)', '2022-03-01T09:00:00'],
    ['a date-time without seconds', '2022-03-01T09:00Z'],
    ['a space instead of T', '2022-03-01 09:00:00Z'],
    ['lower-case t and z', '2022-03-01t09:00:00z'],
    ['an offset without colon', '2022-03-01T09:00:00+0100'],
    ['an hour-only offset', '2022-03-01T09:00:00+01'],
    ['a decimal comma', '2022-03-01T09:00:00,5Z'],
    ['a day that does not exist', '2022-02-29'],
    ['a date-time on a day that does not exist', '2022-02-30T12:00:00Z'],
    ['hour 24', '2022-03-01T24:00:00Z'],
    ['a basic-format date', '20220301'],
    ['a date with surrounding space', ' 2022-03-01'],
    ['milliseconds since the epoch', '1646125200000'],
    ['a moment name', 'berap-2-2021'],
    ['the empty string', ''],
  ])('given %s (%s), when read, then it is refused with InvalidAsOfError naming the text', (_what, text) => {
    const read = () => instantOf(text);
    expect(read).toThrow(InvalidAsOfError);
    expect(read).toThrow(RangeError); // what callers caught before, still true
    expect(read).toThrow(`${JSON.stringify(text)} is not an as-of time`);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ name: 'InvalidAsOfError', text });
    }
  });

  it('given a value that is not a string at all (a JavaScript caller), when read, then it is refused too', () => {
    expect(() => instantOf(Date.now() as unknown as string)).toThrow(InvalidAsOfError);
  });
});

describe('the cut-off at a time', () => {
  afterEach(() => vi.restoreAllMocks());

  it('given a time, when events are tested, then those recorded at or before it pass, compared as instants', () => {
    const cutoff = cutoffAt('2021-04-30T14:00:00+02:00');
    expect(cutoff(recordedAt('2021-04-30T11:59:59.999Z'))).toBe(true);
    expect(cutoff(recordedAt('2021-04-30T12:00:00.000Z'))).toBe(true);
    expect(cutoff(recordedAt('2021-04-30T13:00:00+01:00'))).toBe(true);
    expect(cutoff(recordedAt('2021-04-30T12:00:00.001Z'))).toBe(false);
  });

  it('given a date, when events are tested, then the whole Dutch day counts', () => {
    const cutoff = cutoffAt('2021-04-30');
    expect(cutoff(recordedAt('2021-04-30T21:59:59.999Z'))).toBe(true);
    expect(cutoff(recordedAt('2021-04-30T22:00:00.000Z'))).toBe(false);
  });

  it('given a loose time, when the cut-off is made, then it is refused before any event is looked at', () => {
    expect(() => cutoffAt('2022-3-1')).toThrow(InvalidAsOfError);
  });

  it('given many events, when they are tested, then the time was validated once, not once per event', () => {
    const dateTimeChecks = vi.spyOn(isoDateTimeSchema, 'safeParse');
    const dateChecks = vi.spyOn(isoDateSchema, 'safeParse');
    const cutoff = cutoffAt('2021-04-30T12:00:00Z');
    const events = Array.from({ length: 500 }, (_, i) =>
      recordedAt(new Date(Date.UTC(2021, 3, 30, 11, 55) + i * 1000).toISOString()),
    );
    expect(events.filter(cutoff)).toHaveLength(301);
    expect(dateChecks).toHaveBeenCalledTimes(1);
    expect(dateTimeChecks).toHaveBeenCalledTimes(1);
  });
});
