import type { Grip } from '../../app/open-grip.js';
import { usageError } from '../cli-error.js';

/**
 * The key of the programme a report names. The CLI works on the whole data folder, so it sees every
 * municipality: --municipality picks one; without it the id must be used by exactly one municipality,
 * else the error lists those that use it (programme ids are unique per municipality only).
 */
export async function reportProgrammeKey(grip: Grip, programmeId: string, municipality?: string): Promise<string> {
  const { programmes } = grip.ledger;
  if (municipality !== undefined) {
    const key = await programmes.keyOf(municipality, programmeId);
    if (!(await grip.ledger.programmeByKey(key)))
      throw usageError(`programme ${programmeId} does not exist in ${municipality}`);
    return key;
  }
  const holders = await programmes.holdersOf(programmeId);
  if (holders.length === 0) throw usageError(`programme ${programmeId} does not exist`);
  if (holders.length > 1)
    throw usageError(
      `programme ${programmeId} exists in ${holders.map((h) => h.municipality).join(', ')}: add --municipality <code>`,
    );
  return holders[0]!.programmeKey;
}
