import { domainError } from '../errors/domain-error.js';
import type { ProgrammeState } from '../programme/programme-state.js';
import type { Check } from './checks.js';

/**
 * Sub-measures (A.1-A.6 under A) are one level deep, as the documents print them. A measure with
 * sub-measures has no figures of its own: its figures are their sum, so no total counts a euro twice.
 * Its summary line (A in another table) is recorded as a stated total at its scope and reconciled.
 */
export const hasSubMeasures = (state: ProgrammeState, measureId: string): boolean => {
  for (const m of state.measures.values()) if (m.parentMeasureId === measureId) return true;
  return false;
};

/** Where a measure's registration names a parent: it exists, is itself no sub-measure, has no figures. */
export function parentValid(state: ProgrammeState, measureId: string, parentMeasureId: string | undefined): Check {
  if (parentMeasureId === undefined) return null;
  const parent = state.measures.get(parentMeasureId);
  if (!parent || parentMeasureId === measureId)
    return domainError('MEASURE_NOT_FOUND', `parent measure ${parentMeasureId} does not exist`, {
      measureId: parentMeasureId,
      field: 'parentMeasureId',
    });
  if (parent.parentMeasureId !== null || hasSubMeasures(state, measureId))
    return domainError(
      'MEASURE_NESTING_TOO_DEEP',
      `sub-measures are one level deep: ${parent.parentMeasureId !== null ? `${parentMeasureId} is a sub-measure` : `${measureId} has sub-measures`}`,
      { measureId, parentMeasureId },
    );
  if (parent.hasPlan || parent.hasRealised)
    return domainError(
      'MEASURE_HAS_OWN_FIGURES',
      `measure ${parentMeasureId} has its own ${parent.hasPlan ? 'plan' : 'realisations'}: its figures would count beside its sub-measures'. ` +
        'Record its summary line as a stated total at measure scope (and revise its plan to no lines) instead',
      { measureId: parentMeasureId },
    );
  return null;
}

/** Plans and realisations go on the sub-measures: a parent's figures are their sum. */
export const noSubMeasures = (state: ProgrammeState, measureId: string): Check =>
  hasSubMeasures(state, measureId)
    ? domainError(
        'MEASURE_HAS_SUB_MEASURES',
        `measure ${measureId} has sub-measures: record plans and realisations on them (its figures are their sum)`,
        { measureId },
      )
    : null;
