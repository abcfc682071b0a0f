import { describe, expect, it } from 'vitest';
import { asOfFromText } from './as-of-text.js';

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
