import { commandSchema, type Command, type CommandInput } from '../commands/catalogue.js';
import { streamOf } from '../commands/route.js';
import { domainError } from '../errors/domain-error.js';
import { err, ok, type Result } from '../errors/result.js';
import { isStoreFailure } from '../errors/store-error.js';
import { municipalityCodeSchema } from '../events/shared-schemas.js';
import type { RecordedEvent } from '../events/envelope.js';
import { toRecordedEvent } from '../events/parse-event.js';
import type { MunicipalityRegister } from '../municipality/municipality-register.js';
import type { MunicipalityState } from '../municipality/municipality-state.js';
import type { ProgrammeState } from '../programme/programme-state.js';
import type { EventStore } from '../store/port.js';
import { municipalityStreamId, programmeStreamId } from '../store/stream-ids.js';
import { createProgrammeResolver } from './programme-resolver.js';
import type { Clock } from './clock.js';
import type { ExecuteOutcome, ExecutionContext, LedgerError } from './execution-context.js';
import { findIdempotentOutcome } from './find-idempotent-outcome.js';
import { checkMunicipality, commandYear } from './municipality-check.js';
import { commandFingerprint } from './idempotency.js';
import type { IdSource } from './ids.js';
import { createGroupCommitter, type GroupCommitOptions } from './group-commit.js';
import { createStreamCache } from './stream-cache.js';

export type LedgerOptions = {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** Automatic re-decisions after a concurrent write, when the caller pinned no revision. */
  readonly conflictRetries?: number;
  /** Concurrent commands are committed together; how many at most and how long the first waits. */
  readonly groupCommit?: GroupCommitOptions;
  /**
   * The official municipality codes per year (parseMunicipalityRegister). With it, a tenant code the
   * list of the command's year lacks is refused (MUNICIPALITY_NOT_LISTED); a year the list does not
   * cover is accepted with a warning. Without it, only the GMxxxx format is checked.
   */
  readonly municipalities?: MunicipalityRegister;
};

export type Ledger = ReturnType<typeof createLedger>;

/** Turns zod issues into a VALIDATION_FAILED domain error that lists them. */
const validationFailed = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) =>
  domainError('VALIDATION_FAILED', issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '), {
    issues: issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });

/** The ledger developers embed: execute commands on a store, read streams and their state. */
export function createLedger({ store, clock, ids, conflictRetries = 3, groupCommit, municipalities }: LedgerOptions) {
  const streams = createStreamCache(store);
  const committer = createGroupCommitter({ store, streams, clock, ids }, groupCommit);
  const programmes = createProgrammeResolver(store);

  /**
   * A command whose shape the compiler knows: `CommandInput` checks each command type's fields, so
   * `amount: 50000` (a number, not a decimal string) does not compile. It is still parsed at run time,
   * because the types say nothing of ranges, ids or Dutch notation.
   */
  function execute(input: CommandInput, context: ExecutionContext): Promise<Result<ExecuteOutcome, LedgerError>> {
    return executeUnknown(input, context);
  }

  /** For input whose shape nobody vouches for yet (JSON from HTTP, a journal file): parsed here, refused as VALIDATION_FAILED. */
  async function executeUnknown(
    input: unknown,
    context: ExecutionContext,
  ): Promise<Result<ExecuteOutcome, LedgerError>> {
    const parsed = commandSchema.safeParse(input);
    if (!parsed.success) return err(validationFailed(parsed.error.issues));
    if (!municipalityCodeSchema.safeParse(context.tenant).success)
      return err(validationFailed([{ path: ['tenant'], message: 'a CBS municipality code such as GM0118' }]));
    const command = parsed.data as Command;
    const listed =
      municipalities &&
      checkMunicipality(
        municipalities,
        context.tenant,
        commandYear(command, () => clock.now()),
      );
    if (listed && 'refused' in listed) return err(listed.refused);
    const outcome = await decideAndCommit(command, context);
    return listed && outcome.ok ? ok({ ...outcome.value, warnings: [listed.warning] }) : outcome;
  }

  async function decideAndCommit(
    command: Command,
    context: ExecutionContext,
  ): Promise<Result<ExecuteOutcome, LedgerError>> {
    const fingerprint = context.idempotencyKey ? commandFingerprint(command) : '';
    const target = await streamOf(command, context.tenant, programmes.keyOf);
    for (let tries = 0; ; tries++) {
      if (context.idempotencyKey) {
        const earlier = await findIdempotentOutcome(store, context.tenant, context.idempotencyKey, fingerprint);
        if (earlier) return earlier;
      }
      try {
        return await committer.submit(command, target, context, fingerprint);
      } catch (e) {
        if (!isStoreFailure(e)) throw e;
        // Another writer got in first: decide again on the new state, unless the caller pinned the
        // revision (then the conflict is the answer), or look again for a twin with the same key.
        const conflict = e.error.code === 'CONCURRENCY_CONFLICT';
        const mayRetry =
          conflict &&
          tries < conflictRetries &&
          (context.expectedRevision === undefined || context.idempotencyKey !== undefined);
        if (!mayRetry) return err(e.error);
      }
    }
  }

  async function readStream(streamId: string): Promise<RecordedEvent[]> {
    return (await store.readStream(streamId)).map(toRecordedEvent);
  }

  /** The municipality's programme with this id; null when it has none (whatever other municipalities have). */
  async function programme(municipality: string, programmeId: string): Promise<ProgrammeState | null> {
    return programmeByKey(await programmes.keyOf(municipality, programmeId));
  }

  /** The programme stored under this key (see store/stream-ids.ts), as the resolver or a listing names it. */
  async function programmeByKey(programmeKey: string): Promise<ProgrammeState | null> {
    const loaded = await streams.load(programmeStreamId(programmeKey), 'programme');
    return loaded.kind === 'programme' && loaded.state.opened ? loaded.state : null;
  }

  async function municipality(code: string): Promise<MunicipalityState> {
    const loaded = await streams.load(municipalityStreamId(code), 'municipality');
    return loaded.state as MunicipalityState;
  }

  return { execute, executeUnknown, readStream, programme, programmeByKey, programmes, municipality, store };
}
