import { distance } from 'fastest-levenshtein';

/**
 * The candidates nearest to a misspelt word ("amuont" → "amount", "RegisterMesure" → "RegisterMeasure"),
 * nearest first: at most a third of the word's length apart (case ignored), so unrelated names are
 * never offered.
 */
export function closeMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: distance(lower, c.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

/** ' (did you mean "amount"?)', or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closeMatches(word, candidates);
  return near.length === 0 ? '' : ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)`;
}
