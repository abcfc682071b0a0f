import { listProgrammeIds, type EventStore } from '@grip/ledger';
import { municipalityOfProgramme, notOpenedYet } from './load.js';

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
 * every request.
 */
export function createProgrammeDirectory(store: EventStore): ProgrammeDirectory {
  const known = new Map<string, string>();
  const municipalityOf = async (programmeId: string): Promise<string> => {
    const cached = known.get(programmeId);
    if (cached !== undefined) return cached;
    const municipality = await municipalityOfProgramme(store, programmeId);
    known.set(programmeId, municipality);
    return municipality;
  };
  return {
    municipalityOf,
    async programmesOf(municipality) {
      const ids: string[] = [];
      for (const programmeId of await listProgrammeIds(store))
        if ((await municipalityOf(programmeId).catch(notOpenedYet)) === municipality) ids.push(programmeId);
      return ids;
    },
  };
}
