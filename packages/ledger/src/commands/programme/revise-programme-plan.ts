import { z } from 'zod';
import { err, ok } from '../../errors/result.js';
import { idSchema } from '../../events/shared-schemas.js';
import { decisionKnown, planLinesValid } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { planLineInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Replaces the programme's own phasing of savings (the jaarschijf tranches not tied to a measure). */
export const reviseProgrammePlan = programmeCommand({
  type: 'ReviseProgrammePlan',
  schema: z.object({ ...programmeRef, lines: z.array(planLineInputSchema).max(100), decisionId: idSchema }),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => planLinesValid(state, data.lines),
      () => decisionKnown(state, data.decisionId),
    );
    return failure ? err(failure) : ok([{ type: 'ProgrammePlanRevised', data }]);
  },
});
