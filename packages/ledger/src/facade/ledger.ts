import { commandSchema, type Command } from '../commands/catalogue.js';
import { decide, type StreamState } from '../commands/decide.js';
import { streamOf } from '../commands/route.js';
import { domainError } from '../errors/domain-error.js';
import { err, ok, type Result } from '../errors/result.js';
import { isStoreFailure } from '../errors/store-error.js';
import type { NewEvent, RecordedEvent } from '../events/envelope.js';
import { municipalityCodeSchema } from '../events/shared-schemas.js';
import { toRecordedEvent } from '../events/parse-event.js';
import type { MunicipalityState } from '../municipality/municipality-state.js';
import type { ProgrammeState } from '../programme/programme-state.js';
import type { EventStore } from '../store/port.js';
import { municipalityStreamId, programmeStreamId } from '../store/stream-ids.js';
import type { Clock } from './clock.js';
import type { ExecuteOutcome, ExecutionContext, LedgerError } from './execution-context.js';
import { findIdempotentOutcome } from './find-idempotent-outcome.js';
import { commandFingerprint } from './idempotency.js';
import type { IdSource } from './ids.js';
import { buildEvents } from './build-events.js';
import { createStreamCache } from './stream-cache.js';

export type LedgerOptions = {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** Automatic re-decisions after a concurrent write, when the caller pinned no revision. */
  readonly conflictRetries?: number;
};

export type Ledger = ReturnType<typeof createLedger>;

/** Turns zod issues into a VALIDATION_FAILED domain error that lists them. */
const validationFailed = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) =>
  domainError('VALIDATION_FAILED', issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '), {
    issues: issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });

/** The ledger developers embed: execute commands on a store, read streams and their state. */
export function createLedger({ store, clock, ids, conflictRetries = 3 }: LedgerOptions) {
  const streams = createStreamCache(store);

  async function attempt(
    command: Command,
    context: ExecutionContext,
    fingerprint: string,
  ): Promise<Result<ExecuteOutcome, LedgerError>> {
    const { kind, streamId } = streamOf(command, context.tenant);
    const stream: StreamState = await streams.load(streamId, kind);
    const revision = stream.state.revision;
    const pinned = context.expectedRevision === 'no-stream' ? -1 : context.expectedRevision;
    if (pinned !== undefined && pinned !== revision) {
      const expected = String(context.expectedRevision);
      return err({
        kind: 'store',
        code: 'CONCURRENCY_CONFLICT',
        message: `${streamId} is at revision ${revision}, not ${expected}`,
        streamId,
        expected,
        actual: revision < 0 ? null : revision,
      });
    }
    const decision = decide(command, stream, { tenant: context.tenant });
    if (!decision.ok) return decision;
    const events: NewEvent[] = buildEvents(decision.value, command, context, { clock, ids, fingerprint });
    const result = await store.append(streamId, events, revision < 0 ? 'no-stream' : revision);
    if (!result.duplicate) streams.advance(streamId, stream, events);
    return ok({ ...result, events, duplicate: result.duplicate });
  }

  async function execute(input: unknown, context: ExecutionContext): Promise<Result<ExecuteOutcome, LedgerError>> {
    const parsed = commandSchema.safeParse(input);
    if (!parsed.success) return err(validationFailed(parsed.error.issues));
    if (!municipalityCodeSchema.safeParse(context.tenant).success)
      return err(validationFailed([{ path: ['tenant'], message: 'a CBS municipality code such as GM0118' }]));
    const command = parsed.data as Command;
    const fingerprint = context.idempotencyKey ? commandFingerprint(command) : '';
    for (let tries = 0; ; tries++) {
      if (context.idempotencyKey) {
        const earlier = await findIdempotentOutcome(store, context.tenant, context.idempotencyKey, fingerprint);
        if (earlier) return earlier;
      }
      try {
        return await attempt(command, context, fingerprint);
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

  async function programme(programmeId: string): Promise<ProgrammeState | null> {
    const loaded = await streams.load(programmeStreamId(programmeId), 'programme');
    return loaded.kind === 'programme' && loaded.state.opened ? loaded.state : null;
  }

  async function municipality(code: string): Promise<MunicipalityState> {
    const loaded = await streams.load(municipalityStreamId(code), 'municipality');
    return loaded.state as MunicipalityState;
  }

  return { execute, readStream, programme, municipality, store };
}
