import type { z } from 'zod';
import type { DomainError } from '../errors/domain-error.js';
import type { Result } from '../errors/result.js';
import type { DomainEvent } from '../events/catalogue.js';
import type { MunicipalityState } from '../municipality/municipality-state.js';
import type { ProgrammeState } from '../programme/programme-state.js';

/** What a decision may know besides the state: the tenant the caller acts for. Nothing that does I/O. */
export type DecideContext = { readonly tenant: string };

export type Decision = Result<DomainEvent[], DomainError>;

type Base<T extends string, S extends z.ZodType> = { readonly type: T; readonly schema: S };

export type ProgrammeCommandDefinition<T extends string = string, S extends z.ZodType = z.ZodType> = Base<T, S> & {
  readonly stream: 'programme';
  readonly decide: (data: z.output<S>, state: ProgrammeState, context: DecideContext) => Decision;
};

export type MunicipalityCommandDefinition<T extends string = string, S extends z.ZodType = z.ZodType> = Base<T, S> & {
  readonly stream: 'municipality';
  readonly decide: (data: z.output<S>, state: MunicipalityState, context: DecideContext) => Decision;
};

export type CommandDefinition = ProgrammeCommandDefinition | MunicipalityCommandDefinition;

export const programmeCommand = <T extends string, S extends z.ZodType>(
  d: Omit<ProgrammeCommandDefinition<T, S>, 'stream'>,
): ProgrammeCommandDefinition<T, S> => ({
  ...d,
  stream: 'programme',
});

export const municipalityCommand = <T extends string, S extends z.ZodType>(
  d: Omit<MunicipalityCommandDefinition<T, S>, 'stream'>,
): MunicipalityCommandDefinition<T, S> => ({ ...d, stream: 'municipality' });
