import { listProgrammeKeys, type EventStore } from '@grip/ledger';
import { municipalityOfProgramme, notOpenedYet } from './load.js';
import type { MaintainedModels } from '../maintained/maintained-models.js';

export type ProgrammeDirectory = {
  /** The programme's municipality; ProgrammeNotFoundError when it was never opened. */
  municipalityOf(programmeId: string): Promise<string>;
  /** Ids of every opened programme of the municipality (as known now; callers apply their own cut-off). */
  programmesOf(municipality: string): Promise<string[]>;
};

/**
 * Which municipality each programme belongs to. A programme's ProgrammeOpened can be neither corrected
 * nor followed by another (the rules refuse both), so once read its municipality is remembered for the
 * life of the queries object: a fiscal balance lists the streams (one index scan) and reads the first
 * event only of programmes it has not seen before, instead of one read per programme in the country on
 * every request. Given the runner's maintained models, their municipality index answers instead (no scan).
 */
export function createProgrammeDirectory(store: EventStore, index?: MaintainedModels): ProgrammeDirectory {
  const known = new Map<string, string>();
  const municipalityOf = async (programmeId: string): Promise<string> => {
    const cached = known.get(programmeId) ?? index?.municipalityOf(programmeId) ?? undefined;
    if (cached !== undefined) return cached;
    const municipality = await municipalityOfProgramme(store, programmeId);
    known.set(programmeId, municipality);
    return municipality;
  };
  return {
    municipalityOf,
    async programmesOf(municipality) {
      // The runner's index, exact up to its checkpoint; a programme opened after it is missing until the runner
      // commits it (a reader who needs it asks for that position: read-your-writes).
      if (index) return [...index.programmesOf(municipality)];
      const ids: string[] = [];
      for (const programmeId of await listProgrammeKeys(store))
        if ((await municipalityOf(programmeId).catch(notOpenedYet)) === municipality) ids.push(programmeId);
      return ids;
    },
  };
}
