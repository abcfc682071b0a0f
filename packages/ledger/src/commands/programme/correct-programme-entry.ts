import { z } from 'zod';
import { err } from '../../errors/result.js';
import { programmeWithout } from '../../programme/evolve.js';
import { correctionFields, decideCorrection } from '../correction.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { decideAsOriginal } from '../original-command.js';
import { existingProgramme } from './guard.js';

/** Corrects an entry of a programme stream: names it, gives the full replacement data and why. */
export const correctProgrammeEntry = programmeCommand({
  type: 'CorrectProgrammeEntry',
  schema: z.object({ ...programmeRef, ...correctionFields }),
  decide: ({ programmeId, ...data }, state, context) => {
    const failure = existingProgramme(state, programmeId, context.tenant);
    return failure
      ? err(failure)
      : decideCorrection(data, state, (replacement, targetId) =>
          decideAsOriginal('programme', replacement, { programmeId }, programmeWithout(state, targetId), context),
        );
  },
});
