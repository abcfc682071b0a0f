import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { measureRegistered } from '../../events/types/measure-registered.js';
import { normaliseCode } from '../../programme/programme-state.js';
import { categoryKnown, domainKnown } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Registers a maatregel or businesscase under its printed code, in one of the programme's domains. */
export const registerMeasure = programmeCommand({
  type: 'RegisterMeasure',
  schema: measureRegistered.schema.extend(programmeRef),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => (state.measures.has(data.measureId) ? domainError('MEASURE_ALREADY_REGISTERED', `measure ${data.measureId} exists`, { measureId: data.measureId }) : null),
      () => {
        const holder = state.codes.get(normaliseCode(data.code));
        return holder ? domainError('MEASURE_CODE_TAKEN', `code "${data.code}" is already used by measure ${holder}`, { code: data.code, measureId: holder }) : null;
      },
      () => domainKnown(state, data.domain),
      () => categoryKnown(state, data.category),
    );
    return failure ? err(failure) : ok([{ type: 'MeasureRegistered', data }]);
  },
});
