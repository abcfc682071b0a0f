import type { MunicipalityState } from '../municipality/municipality-state.js';
import type { ProgrammeState } from '../programme/programme-state.js';
import { commandDefinition, type Command } from './catalogue.js';
import type { DecideContext, Decision } from './define-command.js';

export type StreamState =
  { kind: 'programme'; state: ProgrammeState } | { kind: 'municipality'; state: MunicipalityState };

/** The pure heart: a parsed command and the stream's state in, events or a typed refusal out. */
export function decide(command: Command, stream: StreamState, context: DecideContext): Decision {
  const definition = commandDefinition(command.type);
  if (definition.stream === 'programme' && stream.kind === 'programme')
    return definition.decide(command.data, stream.state, context);
  if (definition.stream === 'municipality' && stream.kind === 'municipality')
    return definition.decide(command.data, stream.state, context);
  throw new Error(`${command.type} does not apply to a ${stream.kind} stream`);
}
