import { z } from 'zod';
import { err, ok } from '../../errors/result.js';
import { idSchema } from '../../events/shared-schemas.js';
import { decisionKnown, measureKnown, measureNotStopped, planLinesValid } from '../../rules/checks.js';
import { noSubMeasures } from '../../rules/sub-measures.js';
import { programmeCommand } from '../define-command.js';
import { planLineInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Replaces a measure's planned savings per budget year (structural, incidental or P.M.), on a decision. */
export const reviseMeasurePlan = programmeCommand({
  type: 'ReviseMeasurePlan',
  schema: z.object({
    ...programmeRef,
    measureId: idSchema,
    lines: z.array(planLineInputSchema).max(100),
    decisionId: idSchema,
  }),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => measureKnown(state, data.measureId),
      () => measureNotStopped(state, data.measureId),
      () => (data.lines.length > 0 ? noSubMeasures(state, data.measureId) : null),
      () => planLinesValid(state, data.lines),
      () => decisionKnown(state, data.decisionId),
    );
    return failure ? err(failure) : ok([{ type: 'MeasurePlanRevised', data }]);
  },
});
