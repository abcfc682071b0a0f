import { z } from 'zod';
import { asOf, money } from './response-schemas.js';

/**
 * One year slice (jaarschijf) as the API returns it, every field explained for the docs page (the
 * descriptions are Markdown). The rules behind them are in docs/year-slices.md; the counting rule
 * for all sums: a structural line counts in its year and every later year of the period, an
 * incidental line only in its year.
 */
export const yearSliceResponse = z.object({
  programmeId: z.string().describe('The programme.'),
  year: z.number().int().describe('The budget year (begrotingsjaar) of the slice.'),
  planned: money.describe(
    '**Baten**: the savings the budget counts on this year, `attributed + unattributed`. It follows the ' +
      "programme's `phasing` until the measures go beyond it in its direction. May be negative: a table of " +
      'voor- en nadelen can sum to a nadeel.',
  ),
  realised: money.describe(
    'Realised savings as last reported per measure for this year. A realisation reported as `-` counts 0 ' +
      'here and is counted in `notAttributableCount`; a measure that reported nothing is not in it either.',
  ),
  costs: money.describe('**Lasten**: committed costs (investments, incidental costs) counted in this year.'),
  net: money.describe('`planned − costs`: baten − lasten, the net result the budget counts on.'),
  target: money
    .nullable()
    .describe(
      'The taakstelling in force this year: the programme-wide targets, or the sum of the domain targets ' +
        'when there is no programme-wide one. `null` when the programme has no target at all.',
    ),
  gap: money
    .nullable()
    .describe('`target − planned`: positive is a shortfall still to be found. `null` without a target.'),
  attributed: money.describe('Sum of the measure plans in force this year: what is backed by named measures.'),
  phasing: money.describe(
    "The programme's own phasing (the jaarschijf the budget carries, `ReviseProgrammePlan`). `0` without one.",
  ),
  unattributed: money.describe(
    'The part of `phasing` no measure backs yet, with the sign of the phasing: a risk to watch. `0` ' +
      'without phasing (an absent phasing is not a phasing of 0).',
  ),
  realisedCosts: money.describe('Costs actually spent this year (RealiseCost), next to the committed `costs`.'),
  realisedNet: money.describe('`realised − realisedCosts`: the net result so far.'),
  pmCount: z
    .number()
    .int()
    .describe(
      'P.M. (pro memorie) plan lines in force this year, in measure plans and the phasing: acknowledged but ' +
        'not quantified, so they count 0 in `planned` and are counted here, never a silent 0.',
    ),
  notAttributableCount: z
    .number()
    .int()
    .describe(
      'Measures whose realisation this year was reported as `-`: visible in lower spending but not ' +
        'attributable to the measure. Not the same as 0, nor as not reported.',
    ),
});

export const yearSlicesResponse = z.object({
  programmeId: z.string(),
  asOf,
  years: z.array(yearSliceResponse).describe('One slice per year of the programme period, in order.'),
});

/** The docs page's example: Hoogeveen's first year as the demo journal records it (a test compares it with the real answer). */
export const yearSlicesExample = {
  programmeId: 'hoogeveen-herontwerp',
  asOf: null,
  years: [
    {
      programmeId: 'hoogeveen-herontwerp',
      year: 2022,
      planned: '250000',
      realised: '0',
      costs: '350000',
      net: '-100000',
      target: '250000',
      gap: '0',
      attributed: '0',
      phasing: '250000',
      unattributed: '250000',
      realisedCosts: '0',
      realisedNet: '0',
      pmCount: 0,
      notAttributableCount: 0,
    },
  ],
};
