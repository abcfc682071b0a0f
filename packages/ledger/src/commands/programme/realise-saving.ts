import { z } from 'zod';
import { err, ok } from '../../errors/result.js';
import { idSchema, yearSchema } from '../../events/shared-schemas.js';
import { amountInRange, measureKnown, measureNotStopped, yearInPeriod } from '../../rules/checks.js';
import { noSubMeasures } from '../../rules/sub-measures.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef, realisedAmountInputSchema } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Reports a measure's realised saving for a budget year: an amount, or "-" (not attributable). */
export const realiseSaving = programmeCommand({
  type: 'RealiseSaving',
  schema: z.object({ ...programmeRef, measureId: idSchema, year: yearSchema, amount: realisedAmountInputSchema }),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => measureKnown(state, data.measureId),
      () => measureNotStopped(state, data.measureId),
      () => noSubMeasures(state, data.measureId),
      () => yearInPeriod(state, data.year),
      () => (data.amount === 'not-attributable' ? null : amountInRange(data.amount)),
    );
    return failure ? err(failure) : ok([{ type: 'SavingRealised', data }]);
  },
});
