import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { idSchema, timingSchema } from '../../events/shared-schemas.js';
import { targetScopeSchema } from '../../events/types/target-set.js';
import { amountInRange, decisionKnown, domainKnown, timingInPeriod } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { moneyInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Sets a taakstelling, programme- or domain-wide, structural from a year or for one year, on a decision. */
export const setTarget = programmeCommand({
  type: 'SetTarget',
  schema: z.object({
    ...programmeRef,
    targetId: idSchema,
    scope: targetScopeSchema,
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
          ? domainError('TARGET_ALREADY_SET', `target ${data.targetId} exists: revise it instead`, {
              targetId: data.targetId,
            })
          : null,
      () => (data.scope.level === 'domain' ? domainKnown(state, data.scope.domain) : null),
      () => timingInPeriod(state, data.timing),
      () => amountInRange(data.amount),
      () => decisionKnown(state, data.decisionId),
    );
    return failure ? err(failure) : ok([{ type: 'TargetSet', data }]);
  },
});
