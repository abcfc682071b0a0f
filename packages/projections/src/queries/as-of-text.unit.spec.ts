import { describe, expect, it } from 'vitest';
import { InvalidAsOfError, type AsOf } from './as-of.js';
import { asOfFromText, toAsOf, type AsOfInput } from './as-of-text.js';

describe('"as known at" as people write it', () => {
  it('takes a date as the end of that day in Dutch time', () => {
    expect(asOfFromText('2021-04-30')).toEqual({ ok: true, asOf: { at: '2021-04-30T21:59:59.999Z' } });
  });

  it('takes an ISO date-time with offset as given, and refuses one without', () => {
    expect(asOfFromText('2021-04-30T12:00:00+02:00')).toEqual({ ok: true, asOf: { at: '2021-04-30T12:00:00+02:00' } });
    expect(asOfFromText('2021-04-30T12:00:00')).toMatchObject({ ok: false });
  });

  it('takes anything else that looks like a name as a P&C moment', () => {
    expect(asOfFromText('berap-2-2021')).toEqual({ ok: true, asOf: { moment: 'berap-2-2021' } });
  });

  it('refuses dates that do not exist and text that is neither', () => {
    expect(asOfFromText('2021-02-29')).toEqual({ ok: false, message: '2021-02-29 is not a calendar date' });
    expect(asOfFromText('Berap 2')).toMatchObject({ ok: false });
  });
});

describe('an as-of as the library takes it (toAsOf)', () => {
  it('takes the same text as the CLI and the API', () => {
    expect(toAsOf('2024-12-01')).toEqual({ at: '2024-12-01T22:59:59.999Z' });
    expect(toAsOf('2024-12-01T10:00:00Z')).toEqual({ at: '2024-12-01T10:00:00Z' });
    expect(toAsOf('berap-2-2024')).toEqual({ moment: 'berap-2-2024' });
  });

  it('takes the parsed forms as they are', () => {
    expect(toAsOf({ at: '2024-12-01T10:00:00Z' })).toEqual({ at: '2024-12-01T10:00:00Z' });
    expect(toAsOf({ moment: 'berap-2-2024' })).toEqual({ moment: 'berap-2-2024' });
    expect(toAsOf({ position: '7' } as unknown as AsOf)).toEqual({ position: '7' });
  });

  it.each([
    ['text that is neither', 'Berap 2'],
    ['a date that does not exist', '2024-02-30'],
    ['a date-time without offset', '2024-12-01T10:00:00'],
    ['a number from an untyped caller', 20241201],
    ['a Date', new Date('2024-12-01T10:00:00Z')],
    ['an empty object', {}],
    ['two forms at once', { at: '2024-12-01', moment: 'berap-2-2024' }],
  ])('refuses %s with a typed InvalidAsOfError', (_what, input) => {
    const thrown = (() => {
      try {
        toAsOf(input as AsOfInput);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(InvalidAsOfError);
    expect(thrown).toMatchObject({ code: 'INVALID_AS_OF', name: 'InvalidAsOfError' });
  });
});
