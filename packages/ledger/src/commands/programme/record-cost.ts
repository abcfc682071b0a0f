import { z } from 'zod';
import { domainError } from '../../errors/domain-error.js';
import { err, ok } from '../../errors/result.js';
import { idSchema, natureSchema, textSchema, yearSchema } from '../../events/shared-schemas.js';
import { costKindSchema } from '../../events/types/cost-schemas.js';
import type { ProgrammeState } from '../../programme/programme-state.js';
import { amountInRange, measureKnown, yearInPeriod } from '../../rules/checks.js';
import { programmeCommand } from '../define-command.js';
import { moneyInputSchema, programmeRef } from '../input-schemas.js';
import { existingProgramme } from './guard.js';

const costInputSchema = z.object({
  ...programmeRef,
  costId: idSchema,
  measureId: idSchema.nullable(),
  year: yearSchema,
  amount: moneyInputSchema,
  nature: natureSchema,
  kind: costKindSchema,
  description: textSchema(500).optional(),
});

type CostInput = z.output<typeof costInputSchema>;

/** A cost line keeps its measure and kind for all its years, so totals per kind stay meaningful. */
const costLineConsistent = (state: ProgrammeState, data: Omit<CostInput, 'programmeId'>) => {
  const known = state.costs.get(data.costId);
  if (!known || (known.measureId === data.measureId && known.kind === data.kind)) return null;
  return domainError(
    'COST_KIND_MISMATCH',
    `cost ${data.costId} is a ${known.kind} cost of ${known.measureId ?? 'the programme'}`,
    { costId: data.costId },
  );
};

const decideCost =
  (type: 'CostCommitted' | 'CostRealised') =>
  ({ programmeId, ...data }: CostInput, state: ProgrammeState, { tenant }: { tenant: string }) => {
    const failure = existingProgramme(
      state,
      programmeId,
      tenant,
      () => (data.measureId === null ? null : measureKnown(state, data.measureId)),
      () => yearInPeriod(state, data.year),
      () => amountInRange(data.amount),
      () => costLineConsistent(state, data),
    );
    return failure ? err(failure) : ok([{ type, data }]);
  };

/** Budgets or commits a cost (last) for a year: investment, staff, programme organisation. */
export const commitCost = programmeCommand({
  type: 'CommitCost',
  schema: costInputSchema,
  decide: decideCost('CostCommitted'),
});

/** Reports a cost actually incurred in a year. */
export const realiseCost = programmeCommand({
  type: 'RealiseCost',
  schema: costInputSchema,
  decide: decideCost('CostRealised'),
});
