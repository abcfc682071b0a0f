import { municipalityStreamId, programmeStreamId } from '../store/stream-ids.js';
import { commandDefinition, type Command } from './catalogue.js';

/** The stream a command writes to: its programme's, or the caller's municipality's. */
export function streamOf(command: Command, tenant: string): { kind: 'programme' | 'municipality'; streamId: string } {
  if (commandDefinition(command.type).stream === 'programme') {
    const { programmeId } = command.data as { programmeId: string };
    return { kind: 'programme', streamId: programmeStreamId(programmeId) };
  }
  return { kind: 'municipality', streamId: municipalityStreamId(tenant) };
}
