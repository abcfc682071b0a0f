import { municipalityStreamId, programmeStreamId } from '../store/stream-ids.js';
import { commandDefinition, type Command } from './catalogue.js';

export type StreamTarget = { readonly kind: 'programme' | 'municipality'; readonly streamId: string };

/**
 * The stream a command writes to: its programme's, or the caller's municipality's. A programme's stream
 * depends on which municipality names the id (docs/programme-ids.md), so the caller passes the
 * resolver's answer: `keyOf(tenant, programmeId)`.
 */
export async function streamOf(
  command: Command,
  tenant: string,
  keyOf: (municipality: string, programmeId: string) => Promise<string>,
): Promise<StreamTarget> {
  if (commandDefinition(command.type).stream === 'programme') {
    const { programmeId } = command.data as { programmeId: string };
    return { kind: 'programme', streamId: programmeStreamId(await keyOf(tenant, programmeId)) };
  }
  return { kind: 'municipality', streamId: municipalityStreamId(tenant) };
}
