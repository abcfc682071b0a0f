import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { decisionRecorded } from '../../events/types/decision-recorded.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Records a besluit of raad, college or stuurgroep, so targets and plan changes can point at it. */
export const recordDecision = programmeCommand({
  type: 'RecordDecision',
  schema: decisionRecorded.schema.extend(programmeRef),
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
