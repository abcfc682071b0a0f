import type { DomainError } from '../../errors/domain-error.js';
import type { ProgrammeState } from '../../programme/programme-state.js';
import { firstFailure, programmeIsOpen, tenantOwnsProgramme, type Check } from '../../rules/checks.js';

/** Every command on an existing programme first needs the programme, in the caller's municipality. */
export const existingProgramme = (
  state: ProgrammeState,
  programmeId: string,
  tenant: string,
  ...checks: Array<() => Check>
): DomainError | null =>
  firstFailure(
    () => programmeIsOpen(state, programmeId),
    () => tenantOwnsProgramme(state, tenant),
    ...checks,
  );
