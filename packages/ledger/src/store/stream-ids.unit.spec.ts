import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  municipalityOfStream,
  municipalityStreamId,
  parseStreamId,
  programmeIdOfStream,
  programmeStreamId,
} from './stream-ids.js';

describe('stream ids', () => {
  it('read back the programme or municipality they were built from', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(parseStreamId(programmeStreamId(id))).toEqual({ kind: 'programme', programmeId: id });
        expect(programmeIdOfStream(programmeStreamId(id))).toBe(id);
        expect(parseStreamId(municipalityStreamId(id))).toEqual({ kind: 'municipality', municipality: id });
        expect(municipalityOfStream(municipalityStreamId(id))).toBe(id);
      }),
    );
  });

  it('refuse a stream of the other kind, or of no kind', () => {
    expect(parseStreamId('ledger-x')).toBeNull();
    expect(() => programmeIdOfStream(municipalityStreamId('GM0118'))).toThrow(/not a programme stream/);
    expect(() => municipalityOfStream(programmeStreamId('hv-2022'))).toThrow(/not a municipality stream/);
  });
});
