import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { idSchema, isoDateTimeSchema, textSchema, yearSchema } from '../../events/shared-schemas.js';
import { pcMomentNameSchema } from '../../events/types/pc-moment-recorded.js';
import { statedFigureSchema, statedScopeSchema } from '../../events/types/stated-total-recorded.js';
import { amountInRange, domainKnown, measureKnown, statedTotalNew, yearInPeriod } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { moneyInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

export const PROGRAMME_FIGURES = ['planned', 'realised', 'costs', 'net', 'target', 'gap'] as const;

export const statedTotalFields = {
  totalId: idSchema,
  label: textSchema(300),
  figure: statedFigureSchema,
  scope: statedScopeSchema,
  year: yearSchema,
  amount: moneyInputSchema,
  // What the reconciliation can place: a P&C moment's name or a date-time with offset. The event keeps a
  // plain string, so totals recorded before this check still load; only new ones are held to it.
  knownAt: z
    .union([isoDateTimeSchema, pcMomentNameSchema], {
      error: 'a P&C moment name (berap-2-2021) or an ISO date-time with offset',
    })
    .optional(),
};

/** Keeps a total as printed in a programme document, for reconciliation against the ledger's own sums. */
export const recordProgrammeStatedTotal = programmeCommand({
  type: 'RecordProgrammeStatedTotal',
  schema: z.object({ ...programmeRef, ...statedTotalFields }),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => statedTotalNew(state.statedTotals, data.totalId),
      () =>
        (PROGRAMME_FIGURES as readonly string[]).includes(data.figure) && data.scope.level !== 'municipality'
          ? null
          : domainError(
              'FIGURE_NOT_FOR_STREAM',
              `a programme total is one of ${PROGRAMME_FIGURES.join(', ')} at programme, measures, domain or measure level`,
              { figure: data.figure },
            ),
      () => (data.scope.level === 'domain' ? domainKnown(state, data.scope.domain) : null),
      () => (data.scope.level === 'measure' ? measureKnown(state, data.scope.measureId) : null),
      () => yearInPeriod(state, data.year),
      () => amountInRange(data.amount),
    );
    return failure ? err(failure) : ok([{ type: 'StatedTotalRecorded', data }]);
  },
});
