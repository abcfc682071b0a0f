import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { decisionFields, unknownNeedsReason } from '../../events/types/decision-recorded.js';
import { z } from 'zod';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Records a besluit of raad, college or stuurgroep, so targets and plan changes can point at it. */
export const recordDecision = programmeCommand({
  type: 'RecordDecision',
  schema: unknownNeedsReason(z.object({ ...decisionFields, ...programmeRef })),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(state, programmeId, tenant, () =>
      state.decisions.has(data.decisionId)
        ? domainError('DECISION_ALREADY_RECORDED', `decision ${data.decisionId} is already recorded`, {
            decisionId: data.decisionId,
          })
        : null,
    );
    return failure ? err(failure) : ok([{ type: 'DecisionRecorded', data }]);
  },
});
