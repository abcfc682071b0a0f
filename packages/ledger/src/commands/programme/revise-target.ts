import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { idSchema, timingSchema } from '../../events/shared-schemas.js';
import { amountInRange, decisionKnown, timingInPeriod } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { moneyInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** A later decision changes a target's amount or timing. */
export const reviseTarget = programmeCommand({
  type: 'ReviseTarget',
  schema: z.object({
    ...programmeRef,
    targetId: idSchema,
    amount: moneyInputSchema,
    timing: timingSchema,
    decisionId: idSchema,
  }),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () =>
        state.targets.has(data.targetId)
          ? null
          : domainError('TARGET_NOT_FOUND', `target ${data.targetId} does not exist`, { targetId: data.targetId }),
      () => timingInPeriod(state, data.timing),
      () => amountInRange(data.amount),
      () => decisionKnown(state, data.decisionId),
    );
    return failure ? err(failure) : ok([{ type: 'TargetRevised', data }]);
  },
});
