import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  municipalityOfStream,
  municipalityStreamId,
  parseProgrammeKey,
  parseStreamId,
  programmeKeyOfStream,
  programmeStreamId,
  scopedProgrammeKey,
} from './stream-ids.js';

const programmeIdArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/);
const municipalityArb = fc.integer({ min: 0, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`);

describe('stream ids', () => {
  it('read back the programme key or municipality they were built from', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(programmeKeyOfStream(programmeStreamId(key))).toBe(key);
        expect(parseStreamId(municipalityStreamId(key))).toEqual({ kind: 'municipality', municipality: key });
        expect(municipalityOfStream(municipalityStreamId(key))).toBe(key);
      }),
    );
  });

  it('read a scoped key back as its municipality and programme id, and a legacy bare id as unscoped', () => {
    fc.assert(
      fc.property(municipalityArb, programmeIdArb, (municipality, programmeId) => {
        const scoped = programmeStreamId(scopedProgrammeKey(municipality, programmeId));
        expect(parseStreamId(scoped)).toEqual({
          kind: 'programme',
          programmeKey: `${municipality}/${programmeId}`,
          programmeId,
          scopedTo: municipality,
        });
        // A programme id cannot contain '/', so no legacy id reads as a scoped key.
        expect(parseProgrammeKey(programmeId)).toEqual({ programmeId, municipality: null });
      }),
    );
  });

  it('refuse a stream of the other kind, or of no kind', () => {
    expect(parseStreamId('ledger-x')).toBeNull();
    expect(() => programmeKeyOfStream(municipalityStreamId('GM0118'))).toThrow(/not a programme stream/);
    expect(() => municipalityOfStream(programmeStreamId('hv-2022'))).toThrow(/not a municipality stream/);
  });
});
