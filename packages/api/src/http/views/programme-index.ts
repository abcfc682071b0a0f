import type { MaintainedModels } from '@grip/projections';
import { mayAccess, type Principal } from '../../auth/principal.js';
import { bySummaryOrder, programmeSummary, type ProgrammeSummary } from './programme-view.js';

/**
 * The programmes a key may see, from the runner's municipality index: only the municipalities the key
 * covers (or the one asked for) are looked at, never every stream of the store. By id, then municipality.
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
        ? models.programmeKeys()
        : principal.municipalities.flatMap((m) => models.programmesOf(m));
  const summaries: ProgrammeSummary[] = [];
  for (const key of ids) {
    const held = models.programme(key);
    if (held) summaries.push(programmeSummary(held.model, held.revision));
  }
  return summaries.sort(bySummaryOrder);
}
