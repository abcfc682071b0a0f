import { z } from 'zod';
import { municipalityWithout } from '../../municipality/evolve.js';
import { correctionFields, decideCorrection } from '../correction.js';
import { municipalityCommand } from '../define-command.js';
import { decideAsOriginal } from '../original-command.js';

/** Corrects an entry of the municipality's stream (income, expenditure, stated totals, P&C moments). */
export const correctMunicipalityEntry = municipalityCommand({
  type: 'CorrectMunicipalityEntry',
  schema: z.object(correctionFields),
  decide: (data, state, context) =>
    decideCorrection(data, state, (replacement, targetId) =>
      decideAsOriginal('municipality', replacement, {}, municipalityWithout(state, targetId), context),
    ),
});
