import { describe, expect, it } from 'vitest';
import { parseReplacement, parseStoredReplacement } from './parse-replacement.js';

const saving = { type: 'SavingRealised', data: { measureId: 'm1', year: 2022, amount: '80000' } };

describe('the replacement parser (shared by the ledger and the projections)', () => {
  it('gives the replacement as an event of the corrected type', () => {
    expect(parseReplacement(saving, { measureId: 'm1', year: 2022, amount: '8000' })).toEqual({
      ok: true,
      event: { type: 'SavingRealised', data: { measureId: 'm1', year: 2022, amount: '8000' } },
    });
  });

  it('refuses a replacement invalid for the corrected type, naming the field', () => {
    const parsed = parseReplacement(saving, { measureId: 'm1', year: 2022, amount: 'veel' });
    expect(parsed).toMatchObject({ ok: false, error: { code: 'CORRECTION_REPLACEMENT_INVALID' } });
    expect(!parsed.ok && parsed.error.message).toMatch(/^replacement is not a valid SavingRealised \(amount: /);
  });

  it('refuses a change of what the entry is about', () => {
    expect(parseReplacement(saving, { measureId: 'm2', year: 2022, amount: '80000' })).toMatchObject({
      ok: false,
      error: { code: 'CORRECTION_REPLACEMENT_INVALID', details: { field: 'measureId' } },
    });
  });

  it('refuses an event type that is not correctable, or not known', () => {
    for (const type of ['ProgrammeOpened', 'FutureThing'])
      expect(parseReplacement({ type, data: {} }, {})).toMatchObject({
        ok: false,
        error: { code: 'CORRECTION_TARGET_NOT_CORRECTABLE' },
      });
  });

  it('refuses a stored correction that names another type than the event it corrects', () => {
    const stored = { correctedType: 'CostRealised', replacement: saving.data };
    expect(parseStoredReplacement(stored, saving)).toMatchObject({
      ok: false,
      error: {
        code: 'CORRECTION_REPLACEMENT_INVALID',
        message: 'it names type CostRealised but the event is a SavingRealised',
      },
    });
    expect(parseStoredReplacement({ ...stored, correctedType: 'SavingRealised' }, saving)).toMatchObject({ ok: true });
  });
});
