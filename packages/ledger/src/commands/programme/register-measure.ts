import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { measureRegistered } from '../../events/types/measure-registered.js';
import { categoryKnown, codeFree, domainKnown } from '../../rules/checks.js';
import { parentValid } from '../../rules/sub-measures.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Registers a maatregel or businesscase under its printed code, in one of the programme's domains; a sub-measure names its parent. */
export const registerMeasure = programmeCommand({
  type: 'RegisterMeasure',
  schema: measureRegistered.schema.extend(programmeRef),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () =>
        state.measures.has(data.measureId)
          ? domainError('MEASURE_ALREADY_REGISTERED', `measure ${data.measureId} exists`, { measureId: data.measureId })
          : null,
      () => codeFree(state, data.code, data.measureId),
      () => domainKnown(state, data.domain),
      () => categoryKnown(state, data.category),
      () => parentValid(state, data.measureId, data.parentMeasureId),
    );
    return failure ? err(failure) : ok([{ type: 'MeasureRegistered', data }]);
  },
});
