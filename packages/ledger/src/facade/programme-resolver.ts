import { toRecordedEvent } from '../events/parse-event.js';
import type { EventStore } from '../store/port.js';
import { parseStreamId, programmeStreamId, scopedProgrammeKey } from '../store/stream-ids.js';

/** A programme as one municipality names it: its id, and the key its stream is stored under. */
export type ProgrammeHolder = { readonly municipality: string; readonly programmeKey: string };

export type ProgrammeResolver = {
  /**
   * The key of the municipality's programme with this id, whether or not it exists yet: the legacy bare
   * id when a programme opened before ids were scoped belongs to this municipality, else the scoped key.
   * No other municipality's programme can change the answer, so none can be observed or blocked.
   */
  keyOf: (municipality: string, programmeId: string) => Promise<string>;
  /** The municipality that opened a legacy (unscoped) programme stream, or null when there is none. */
  legacyOwner: (programmeId: string) => Promise<string | null>;
  /**
   * Every municipality that has opened a programme with this id, with its key. Reads the list of
   * streams: for keys that span every municipality (admins), never on a municipality key's path.
   */
  holdersOf: (programmeId: string) => Promise<ProgrammeHolder[]>;
};

/**
 * Resolves (municipality, programme id) to a stream key (docs/programme-ids.md). Legacy streams form a
 * closed set (no code creates one any more), so who owns a legacy id, and that an id has no legacy
 * stream, can be remembered for the life of the process: the common case costs one read per id, once.
 */
export function createProgrammeResolver(store: EventStore): ProgrammeResolver {
  const owners = new Map<string, string | null>();

  async function legacyOwner(programmeId: string): Promise<string | null> {
    if (programmeId.includes('/')) return null; // not a programme id at all: never a legacy stream
    const known = owners.get(programmeId);
    if (known !== undefined) return known;
    const [first] = await store.readStream(programmeStreamId(programmeId), { toRevision: 0 });
    const opened = first ? toRecordedEvent(first) : undefined;
    const owner = opened?.type === 'ProgrammeOpened' ? opened.data.municipality : null;
    owners.set(programmeId, owner);
    return owner;
  }

  return {
    legacyOwner,
    async keyOf(municipality, programmeId) {
      return (await legacyOwner(programmeId)) === municipality
        ? programmeId
        : scopedProgrammeKey(municipality, programmeId);
    },
    async holdersOf(programmeId) {
      const holders: ProgrammeHolder[] = [];
      for await (const { streamId } of store.listStreams()) {
        const parsed = parseStreamId(streamId);
        if (parsed?.kind !== 'programme' || parsed.programmeId !== programmeId) continue;
        const municipality = parsed.scopedTo ?? (await legacyOwner(programmeId));
        if (municipality !== null) holders.push({ municipality, programmeKey: parsed.programmeKey });
      }
      return holders.sort((a, b) => a.municipality.localeCompare(b.municipality));
    },
  };
}
