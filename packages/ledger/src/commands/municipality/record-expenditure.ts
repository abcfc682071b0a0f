import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { textSchema, yearSchema } from '../../events/shared-schemas.js';
import { expenditureLineSchema } from '../../events/types/expenditure-recorded.js';
import { basisSchema } from '../../events/types/income-recorded.js';
import { isTaakveldValidIn, taakveldSchemeFor } from '../../municipality/taakvelden.js';
import { amountInRange, firstFailure } from '../../rules/checks.js';
import { municipalityCommand } from '../define-command.js';
import { moneyInputSchema } from '../input-schemas.js';

/** Records social-domain expenditure for a year on a taakveld code valid that year, or allocated overhead. */
export const recordExpenditure = municipalityCommand({
  type: 'RecordExpenditure',
  schema: z.object({
    year: yearSchema,
    line: expenditureLineSchema,
    detail: textSchema(100).optional(),
    amount: moneyInputSchema,
    basis: basisSchema,
  }),
  decide: (data) => {
    const failure = firstFailure(
      () => amountInRange(data.amount),
      () =>
        data.line.kind === 'taakveld' && !isTaakveldValidIn(data.line.code, data.year)
          ? domainError(
              'UNKNOWN_TAAKVELD',
              `taakveld ${data.line.code} is not in the ${taakveldSchemeFor(data.year).name} list valid for ${data.year}`,
              {
                code: data.line.code,
                year: data.year,
              },
            )
          : null,
    );
    return failure ? err(failure) : ok([{ type: 'ExpenditureRecorded', data }]);
  },
});
