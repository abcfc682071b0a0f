import { z } from 'zod';
import { err, ok } from '../../errors/result.js';
import { idSchema, isoDateSchema } from '../../events/shared-schemas.js';
import { lifecycleSchema, ragSchema } from '../../events/types/measure-status-changed.js';
import { measureKnown } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

/** Sets a measure's RAG colour and/or lifecycle state as of a date. A stopped measure may be restarted. */
export const changeMeasureStatus = programmeCommand({
  type: 'ChangeMeasureStatus',
  schema: z
    .object({
      ...programmeRef,
      measureId: idSchema,
      rag: ragSchema.optional(),
      lifecycle: lifecycleSchema.optional(),
      effectiveDate: isoDateSchema,
    })
    .refine((d) => d.rag !== undefined || d.lifecycle !== undefined, 'set rag, lifecycle or both'),
  decide: ({ programmeId, ...data }, state, { tenant }) => {
    const failure = existingProgramme(state, programmeId, tenant, () => measureKnown(state, data.measureId));
    return failure ? err(failure) : ok([{ type: 'MeasureStatusChanged', data }]);
  },
});
