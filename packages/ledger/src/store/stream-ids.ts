/** Stream naming in one place, so adapters and projections agree. */
export const programmeStreamId = (programmeId: string): string => `programme-${programmeId}`;
export const municipalityStreamId = (municipality: string): string => `municipality-${municipality}`;

export type ParsedStreamId =
  { kind: 'programme'; programmeId: string } | { kind: 'municipality'; municipality: string };

export function parseStreamId(streamId: string): ParsedStreamId | null {
  if (streamId.startsWith('programme-')) return { kind: 'programme', programmeId: streamId.slice('programme-'.length) };
  if (streamId.startsWith('municipality-'))
    return { kind: 'municipality', municipality: streamId.slice('municipality-'.length) };
  return null;
}
