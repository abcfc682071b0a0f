import type { MaintainedModels } from '@grip/projections';
import { mayAccess, type Principal } from '../../auth/principal.js';
import { programmeSummary, type ProgrammeSummary } from './programme-view.js';

/**
 * The programmes a key may see, from the runner's municipality index: only the municipalities the key
 * covers (or the one asked for) are looked at, never every stream of the store. In id order.
 */
export function listFromIndex(
  models: MaintainedModels,
  principal: Principal,
  municipality: string | undefined,
): ProgrammeSummary[] {
  const ids =
    municipality !== undefined
      ? mayAccess(principal, municipality)
        ? models.programmesOf(municipality)
        : []
      : principal.municipalities === '*'
        ? models.programmeIds()
        : principal.municipalities.flatMap((m) => models.programmesOf(m));
  const summaries: ProgrammeSummary[] = [];
  for (const id of [...ids].sort()) {
    const held = models.programme(id);
    if (held) summaries.push(programmeSummary(held.model, held.revision));
  }
  return summaries;
}
