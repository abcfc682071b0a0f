import { z } from 'zod';
import type { CommandDefinition } from './define-command.js';
import { correctMunicipalityEntry } from './municipality/correct-municipality-entry.js';
import { recordExpenditure } from './municipality/record-expenditure.js';
import { recordIncome } from './municipality/record-income.js';
import { recordMunicipalityStatedTotal } from './municipality/record-municipality-stated-total.js';
import { recordPcMoment } from './municipality/record-pc-moment.js';
import { changeMeasureStatus } from './programme/change-measure-status.js';
import { correctProgrammeEntry } from './programme/correct-programme-entry.js';
import { openProgramme } from './programme/open-programme.js';
import { commitCost, realiseCost } from './programme/record-cost.js';
import { recordDecision } from './programme/record-decision.js';
import { recordProgrammeStatedTotal } from './programme/record-stated-total.js';
import { realiseSaving } from './programme/realise-saving.js';
import { registerMeasure } from './programme/register-measure.js';
import { reviseMeasurePlan } from './programme/revise-measure-plan.js';
import { reviseProgrammePlan } from './programme/revise-programme-plan.js';
import { reviseTarget } from './programme/revise-target.js';
import { setTarget } from './programme/set-target.js';

/** Every command the ledger accepts; the API's bodies, the journal format and OpenAPI all come from here. */
export const commandCatalogue = {
  OpenProgramme: openProgramme,
  RecordDecision: recordDecision,
  SetTarget: setTarget,
  ReviseTarget: reviseTarget,
  RegisterMeasure: registerMeasure,
  ReviseMeasurePlan: reviseMeasurePlan,
  ReviseProgrammePlan: reviseProgrammePlan,
  ChangeMeasureStatus: changeMeasureStatus,
  RealiseSaving: realiseSaving,
  CommitCost: commitCost,
  RealiseCost: realiseCost,
  RecordProgrammeStatedTotal: recordProgrammeStatedTotal,
  CorrectProgrammeEntry: correctProgrammeEntry,
  RecordIncome: recordIncome,
  RecordExpenditure: recordExpenditure,
  RecordPcMoment: recordPcMoment,
  RecordMunicipalityStatedTotal: recordMunicipalityStatedTotal,
  CorrectMunicipalityEntry: correctMunicipalityEntry,
} as const;

type CommandCatalogue = typeof commandCatalogue;
export type CommandType = keyof CommandCatalogue;
/** A command's data as the client sends it (money may be Dutch notation). */
export type CommandInputOf<T extends CommandType> = z.input<CommandCatalogue[T]['schema']>;
/** A command's data after parsing (money canonical). */
export type CommandDataOf<T extends CommandType> = z.output<CommandCatalogue[T]['schema']>;

export type Command = { [T in CommandType]: { readonly type: T; readonly data: CommandDataOf<T> } }[CommandType];
export type CommandInput = { [T in CommandType]: { readonly type: T; readonly data: CommandInputOf<T> } }[CommandType];

export const COMMAND_TYPES = Object.keys(commandCatalogue) as CommandType[];

export const isCommandType = (type: string): type is CommandType => Object.hasOwn(commandCatalogue, type);

export function commandDefinition(type: CommandType): CommandDefinition {
  return commandCatalogue[type] as unknown as CommandDefinition;
}

/** One schema for any command: `{ type, data }`, discriminated on type. */
export const commandSchema = z.discriminatedUnion(
  'type',
  COMMAND_TYPES.map((type) => z.object({ type: z.literal(type), data: commandCatalogue[type].schema })) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<CommandType>; data: z.ZodType }>,
    ...z.ZodObject<{ type: z.ZodLiteral<CommandType>; data: z.ZodType }>[],
  ],
);
