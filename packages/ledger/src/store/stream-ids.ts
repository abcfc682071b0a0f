/**
 * Stream naming in one place, so adapters, projections and the API agree: build stream ids with the
 * `*StreamId` functions, read them with `parseStreamId` or the `*Of` functions, never by their prefixes.
 */
const PROGRAMME = 'programme-';
const MUNICIPALITY = 'municipality-';

export const programmeStreamId = (programmeId: string): string => `${PROGRAMME}${programmeId}`;
export const municipalityStreamId = (municipality: string): string => `${MUNICIPALITY}${municipality}`;

export type ParsedStreamId =
  { kind: 'programme'; programmeId: string } | { kind: 'municipality'; municipality: string };

export function parseStreamId(streamId: string): ParsedStreamId | null {
  if (streamId.startsWith(PROGRAMME)) return { kind: 'programme', programmeId: streamId.slice(PROGRAMME.length) };
  if (streamId.startsWith(MUNICIPALITY))
    return { kind: 'municipality', municipality: streamId.slice(MUNICIPALITY.length) };
  return null;
}

/** The programme id of a programme stream; any other stream id is a programming error. */
export function programmeIdOfStream(streamId: string): string {
  const parsed = parseStreamId(streamId);
  if (parsed?.kind !== 'programme') throw new Error(`${streamId} is not a programme stream`);
  return parsed.programmeId;
}

/** The municipality (CBS code) of a municipality stream; any other stream id is a programming error. */
export function municipalityOfStream(streamId: string): string {
  const parsed = parseStreamId(streamId);
  if (parsed?.kind !== 'municipality') throw new Error(`${streamId} is not a municipality stream`);
  return parsed.municipality;
}
