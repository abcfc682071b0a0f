import { z } from 'zod';
import { municipalityReplacementFailure } from '../../rules/replacement-checks.js';
import { correctionFields, decideCorrection } from '../correction.js';
import { municipalityCommand } from '../define-command.js';

/** Corrects an entry of the municipality's stream (income, expenditure, stated totals, P&C moments). */
export const correctMunicipalityEntry = municipalityCommand({
  type: 'CorrectMunicipalityEntry',
  schema: z.object(correctionFields),
  decide: (data, state) => decideCorrection(data, state, municipalityReplacementFailure),
});
