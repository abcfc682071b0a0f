import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { amountInRange, firstFailure, statedTotalNew } from '../../rules/checks.js';
import { municipalityCommand } from '../define-command.js';
import { statedTotalFields } from '../programme/record-stated-total.js';

const FIGURES = ['income', 'expenditure', 'saldo'];

/** Keeps a total printed in a municipal document (e.g. Tabel 7's saldo) for reconciliation. */
export const recordMunicipalityStatedTotal = municipalityCommand({
  type: 'RecordMunicipalityStatedTotal',
  schema: z.object(statedTotalFields),
  decide: (data, state) => {
    const failure = firstFailure(
      () => statedTotalNew(state.statedTotals, data.totalId),
      () =>
        FIGURES.includes(data.figure) && data.scope.level === 'municipality'
          ? null
          : domainError(
              'FIGURE_NOT_FOR_STREAM',
              `a municipality total is one of ${FIGURES.join(', ')} with scope municipality`,
              { figure: data.figure },
            ),
      () => amountInRange(data.amount),
    );
    return failure ? err(failure) : ok([{ type: 'StatedTotalRecorded', data }]);
  },
});
