import { describe, expect, it } from 'vitest';
import { assen } from '../__fixtures__/assen-history.js';
import { createTestStore } from '../testing/memory-store.js';
import { InvalidAsOfError } from './as-of.js';
import { createProjectionQueries } from './queries.js';

/** The library takes the as-of text the CLI and the API take (one parser: asOfFromText). */
describe('as-of text in the library', () => {
  const queries = () => createProjectionQueries(createTestStore(assen().b.events));
  const planned2021 = (slices: Array<{ year: number; planned: string }>) =>
    slices.find((s) => s.year === 2021)!.planned;

  it('given a date, when year slices are asked as of it, then it is the end of that Dutch day, as {at} would be', async () => {
    const q = queries();
    expect(planned2021(await q.yearSlices('opwinding', '2021-05-01'))).toBe('1605000');
    expect(await q.yearSlices('opwinding', '2021-05-01')).toEqual(
      await q.yearSlices('opwinding', { at: '2021-05-01T21:59:59.999Z' }),
    );
    expect(planned2021(await q.yearSlices('opwinding', '2024-12-01'))).toBe('1550000');
  });

  it('given a moment name or a date-time as text, then it is that moment or that instant', async () => {
    const q = queries();
    expect(planned2021(await q.yearSlices('opwinding', '2021-initieel'))).toBe('1605000');
    expect(planned2021(await q.yearSlices('opwinding', '2021-05-01T00:00:00Z'))).toBe('1605000');
    expect(await q.domainTotals('opwinding', { year: 2021, asOf: '2021-initieel' })).toEqual(
      await q.domainTotals('opwinding', { year: 2021, asOf: { moment: '2021-initieel' } }),
    );
    expect(await q.programmeResult('opwinding', '2021-05-01')).toEqual(
      await q.programmeResult('opwinding', { moment: '2021-initieel' }),
    );
    expect(await q.fiscalBalance('GM0106', 2021, '2021-initieel')).toEqual(
      await q.fiscalBalance('GM0106', 2021, { moment: '2021-initieel' }),
    );
    const diff = await q.diff('opwinding', '2021-initieel', '2021-bijgesteld');
    expect(diff.measures.some((m) => m.measureId === 'wlz')).toBe(true);
  });

  it('given text that is no as-of, then every query refuses it with an InvalidAsOfError, not a TypeError', async () => {
    const q = queries();
    await expect(q.yearSlices('opwinding', 'Berap 2')).rejects.toBeInstanceOf(InvalidAsOfError);
    await expect(q.yearSlices('opwinding', '2021-02-30')).rejects.toThrow(/not a calendar date/);
    await expect(q.auditTrail('opwinding', { asOf: '1 mei 2021' })).rejects.toMatchObject({ code: 'INVALID_AS_OF' });
    await expect(q.municipalityAuditTrail('GM0106', 'gisteren!')).rejects.toBeInstanceOf(InvalidAsOfError);
  });
});
