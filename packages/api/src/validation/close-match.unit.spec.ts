import { describe, expect, it } from 'vitest';
import { closeMatches, didYouMean } from './close-match.js';

describe('close matches for a misspelt name', () => {
  it('offers the nearest known names, nearest first, ignoring case', () => {
    expect(closeMatches('amuont', ['amount', 'year', 'basis'])).toEqual(['amount']);
    expect(closeMatches('registermesure', ['RegisterMeasure', 'ReviseMeasurePlan'])).toEqual(['RegisterMeasure']);
    expect(didYouMean('berap-2-2012', ['berap-2-2021', 'berap-1-2021', 'jaarrekening-2021'])).toBe(
      ' (did you mean "berap-2-2021" or "berap-1-2021"?)',
    );
  });
  it('offers nothing unrelated', () => {
    expect(closeMatches('xyz', ['amount', 'year'])).toEqual([]);
    expect(didYouMean('Zzzzzz', ['OpenProgramme'])).toBe('');
  });
});
