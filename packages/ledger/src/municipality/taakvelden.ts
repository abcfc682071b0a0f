/**
 * Iv3 taakveld codes of hoofdtaakveld 6 (sociaal domein) valid per budget year. The national
 * classification changed in 2023 (splits) and 2025 (renumbering); an expenditure row must use a code
 * valid in its own year, and trends across the changes need a mapping, not a silent rename.
 *
 * The 2023 and 2025 lists follow ../shared/domain.md; where it gives a range ("6.711-6.714") every
 * code in it is listed. Codes it does not say were renumbered (6.1, 6.3-6.5) are kept as they were.
 */
const letters = (base: string, last: string): string[] =>
  Array.from({ length: last.charCodeAt(0) - 96 }, (_, i) => `${base}${String.fromCharCode(97 + i)}`);
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`).filter(
    (code) => !code.endsWith('0') || code === '6.60',
  );

export const TAAKVELD_SCHEMES = [
  {
    name: 'iv3-2017',
    fromYear: 2017,
    toYear: 2022,
    codes: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.71', '6.72', '6.81', '6.82'],
  },
  {
    name: 'iv3-2023',
    fromYear: 2023,
    toYear: 2024,
    codes: [
      '6.1',
      '6.2',
      '6.3',
      '6.4',
      '6.5',
      '6.6',
      ...letters('6.71', 'd'),
      ...letters('6.72', 'd'),
      ...letters('6.73', 'c'),
      ...letters('6.74', 'c'),
      ...letters('6.81', 'b'),
      ...letters('6.82', 'b'),
    ],
  },
  {
    name: 'iv3-2025',
    fromYear: 2025,
    toYear: 9999,
    codes: [
      '6.1',
      ...range('6.2', 1, 3),
      '6.3',
      '6.4',
      '6.5',
      '6.60',
      ...range('6.7', 11, 14),
      ...range('6.7', 51, 63),
      ...range('6.7', 91, 92),
      ...range('6.8', 11, 22),
      ...range('6.9', 1, 2),
    ],
  },
] as const;

export type TaakveldScheme = (typeof TAAKVELD_SCHEMES)[number];

/** Years before 2017 use the 2017 list: the first Iv3 taakveld classification started in 2017. */
export function taakveldSchemeFor(year: number): TaakveldScheme {
  return TAAKVELD_SCHEMES.find((s) => year <= s.toYear && year >= s.fromYear) ?? TAAKVELD_SCHEMES[0];
}

export const isTaakveldValidIn = (code: string, year: number): boolean =>
  (taakveldSchemeFor(year).codes as readonly string[]).includes(code);
