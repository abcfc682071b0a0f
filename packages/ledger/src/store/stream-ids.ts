/**
 * Stream naming in one place, so adapters, projections and the API agree: build stream ids with the
 * `*StreamId` functions, read them with `parseStreamId` or the `*Of` functions, never by their prefixes.
 *
 * A programme stream is `programme-<key>`. Its key is `<municipality>/<programmeId>` (scoped: programme
 * ids are unique per municipality only, docs/programme-ids.md) or, for programmes opened before ids were
 * scoped, the bare programme id (legacy; such streams are never created again). A programme id cannot
 * contain `/`, so the two shapes never collide. Which key a (municipality, programme id) pair has is the
 * programme resolver's business (./programme-resolver.ts), never a caller's guess.
 */
const PROGRAMME = 'programme-';
const MUNICIPALITY = 'municipality-';
const SCOPE_SEPARATOR = '/';
const SCOPED_KEY = /^(GM\d{4})\/(.+)$/;

/** The stream of a programme key (see above); build the key with `scopedProgrammeKey` or the resolver. */
export const programmeStreamId = (programmeKey: string): string => `${PROGRAMME}${programmeKey}`;
export const municipalityStreamId = (municipality: string): string => `${MUNICIPALITY}${municipality}`;

/** The key of a programme opened since ids are scoped: unique per municipality. */
export const scopedProgrammeKey = (municipality: string, programmeId: string): string =>
  `${municipality}${SCOPE_SEPARATOR}${programmeId}`;

/** The programme id and, for a scoped key, the municipality it names. */
export function parseProgrammeKey(key: string): { programmeId: string; municipality: string | null } {
  const scoped = SCOPED_KEY.exec(key);
  return scoped ? { municipality: scoped[1]!, programmeId: scoped[2]! } : { municipality: null, programmeId: key };
}

export type ParsedStreamId =
  | { kind: 'programme'; programmeKey: string; programmeId: string; scopedTo: string | null }
  | { kind: 'municipality'; municipality: string };

export function parseStreamId(streamId: string): ParsedStreamId | null {
  if (streamId.startsWith(PROGRAMME)) {
    const programmeKey = streamId.slice(PROGRAMME.length);
    const { programmeId, municipality } = parseProgrammeKey(programmeKey);
    return { kind: 'programme', programmeKey, programmeId, scopedTo: municipality };
  }
  if (streamId.startsWith(MUNICIPALITY))
    return { kind: 'municipality', municipality: streamId.slice(MUNICIPALITY.length) };
  return null;
}

/** The programme key of a programme stream; any other stream id is a programming error. */
export function programmeKeyOfStream(streamId: string): string {
  const parsed = parseStreamId(streamId);
  if (parsed?.kind !== 'programme') throw new Error(`${streamId} is not a programme stream`);
  return parsed.programmeKey;
}

/** The municipality (CBS code) of a municipality stream; any other stream id is a programming error. */
export function municipalityOfStream(streamId: string): string {
  const parsed = parseStreamId(streamId);
  if (parsed?.kind !== 'municipality') throw new Error(`${streamId} is not a municipality stream`);
  return parsed.municipality;
}
