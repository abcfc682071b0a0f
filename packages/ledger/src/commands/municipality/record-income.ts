import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { textSchema, yearSchema } from '../../events/shared-schemas.js';
import { basisSchema, incomeSourceSchema, type IncomeSource } from '../../events/types/income-recorded.js';
import { amountInRange, firstFailure } from '../../rules/checks.js';
import { municipalityCommand } from '../define-command.js';
import { moneyInputSchema } from '../input-schemas.js';

const PARTS: readonly IncomeSource[] = ['algemene-uitkering', 'integratie-uitkering', 'decentralisatie-uitkering'];
const COMBINED: IncomeSource = 'gemeentefonds-sociaal-domein';

/** The combined gemeentefonds share and its parts measure the same money: a year holds one or the other. */
const overlapFailure = (recorded: ReadonlySet<string> | undefined, source: IncomeSource, year: number) => {
  if (!recorded) return null;
  const clash =
    source === COMBINED
      ? PARTS.find((p) => recorded.has(p))
      : PARTS.includes(source) && recorded.has(COMBINED)
        ? COMBINED
        : undefined;
  return clash
    ? domainError(
        'INCOME_SOURCE_OVERLAP',
        `${year} already has ${clash}; ${source} would count the gemeentefonds twice`,
        { year, source, clash },
      )
    : null;
};

/** Records rijksinkomsten (or other baten) attributable to the social domain for a year. */
export const recordIncome = municipalityCommand({
  type: 'RecordIncome',
  schema: z.object({
    year: yearSchema,
    source: incomeSourceSchema,
    amount: moneyInputSchema,
    basis: basisSchema,
    description: textSchema(300).optional(),
  }),
  decide: (data, state) => {
    const failure = firstFailure(
      () => amountInRange(data.amount),
      () => overlapFailure(state.incomeSources.get(data.year), data.source, data.year),
    );
    return failure ? err(failure) : ok([{ type: 'IncomeRecorded', data }]);
  },
});
