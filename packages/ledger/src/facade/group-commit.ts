import type { Command } from '../commands/catalogue.js';
import { decide, type StreamState } from '../commands/decide.js';
import type { StreamTarget } from '../commands/route.js';
import { err, ok, type Result } from '../errors/result.js';
import type { NewEvent } from '../events/envelope.js';
import type { AppendBatch } from '../store/atomic-append.js';
import type { AppendEachOutcome, EventStore } from '../store/port.js';
import { buildEvents } from './build-events.js';
import type { Clock } from './clock.js';
import type { ExecuteOutcome, ExecutionContext, LedgerError } from './execution-context.js';
import type { IdSource } from './ids.js';
import { fold, type createStreamCache } from './stream-cache.js';

export type GroupCommitOptions = {
  /** The most commands decided and committed together. Default 256. */
  readonly maxBatchSize?: number;
  /**
   * How long the first command of a group waits for others to join, in milliseconds. Default 0: it waits
   * only for the current turn of the event loop, so a lone caller is not delayed.
   */
  readonly maxWaitMs?: number;
};

type Outcome = Result<ExecuteOutcome, LedgerError>;

type Pending = {
  readonly command: Command;
  readonly target: StreamTarget;
  readonly context: ExecutionContext;
  readonly fingerprint: string;
  readonly resolve: (outcome: Outcome) => void;
  /** A StoreFailure (the ledger may decide again on a conflict) or an unexpected error. */
  readonly reject: (error: unknown) => void;
};

type Planned = {
  readonly pending: Pending;
  readonly streamId: string;
  readonly decidedOn: StreamState;
  readonly next: StreamState;
  readonly events: NewEvent[];
};

type Dependencies = {
  readonly store: EventStore;
  readonly streams: ReturnType<typeof createStreamCache>;
  readonly clock: Clock;
  readonly ids: IdSource;
};

/** Without the store's group append: one append after another, each failing alone. */
async function appendOneByOne(store: EventStore, requests: readonly AppendBatch[]): Promise<AppendEachOutcome[]> {
  const outcomes: AppendEachOutcome[] = [];
  for (const { streamId, events, expected } of requests) {
    try {
      outcomes.push({ ok: true, result: await store.append(streamId, events, expected) });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

/**
 * Group commit. Commands queue in arrival order; a group is every command that arrived before the event
 * loop came round (or within maxWaitMs). Each is decided in turn against the state its predecessors in the
 * group leave behind (kept aside, not cached, until it is durable), then the whole group is appended with
 * one `appendEach`: one transaction, one fsync. A caller hears back only after that commit. A command its
 * rules refuse is answered at once and leaves no trace in the state the next one sees; a failed
 * transaction rejects every command of the group with the store's typed failure and caches nothing.
 */
export function createGroupCommitter({ store, streams, clock, ids }: Dependencies, options: GroupCommitOptions = {}) {
  const maxBatchSize = Math.max(1, Math.trunc(options.maxBatchSize ?? 256));
  const maxWaitMs = Math.max(0, options.maxWaitMs ?? 0);
  const appendAll = store.appendEach
    ? store.appendEach.bind(store)
    : (requests: readonly AppendBatch[]) => appendOneByOne(store, requests);
  const queue: Pending[] = [];
  let scheduled = false;
  let draining = false;

  /** The pinned-revision check, the rules and the metadata: what the single command path always did. */
  function plan(pending: Pending, streamId: string, stream: StreamState): Result<NewEvent[], LedgerError> {
    const { command, context, fingerprint } = pending;
    const revision = stream.state.revision;
    const pinned = context.expectedRevision === 'no-stream' ? -1 : context.expectedRevision;
    if (pinned !== undefined && pinned !== revision) {
      return err({
        kind: 'store',
        code: 'CONCURRENCY_CONFLICT',
        message: `${streamId} is at revision ${revision}, not ${String(context.expectedRevision)}`,
        streamId,
        expected: String(context.expectedRevision),
        actual: revision < 0 ? null : revision,
      });
    }
    const decision = decide(command, stream, { tenant: context.tenant });
    if (!decision.ok) return decision;
    return ok(buildEvents(decision.value, command, context, { clock, ids, fingerprint }));
  }

  async function commit(group: readonly Pending[]): Promise<void> {
    const ahead = new Map<string, StreamState>(); // each stream as the group's earlier commands leave it
    const planned: Planned[] = [];
    for (const pending of group) {
      try {
        const { kind, streamId } = pending.target;
        const decidedOn = ahead.get(streamId) ?? (await streams.load(streamId, kind));
        const events = plan(pending, streamId, decidedOn);
        if (!events.ok) {
          pending.resolve(events);
          continue;
        }
        const next = fold(decidedOn, events.value);
        ahead.set(streamId, next);
        planned.push({ pending, streamId, decidedOn, next, events: events.value });
      } catch (error) {
        pending.reject(error);
      }
    }
    if (planned.length === 0) return;

    let outcomes: AppendEachOutcome[];
    try {
      outcomes = await appendAll(
        planned.map(({ streamId, decidedOn, events }) => ({
          streamId,
          events,
          expected: decidedOn.state.revision < 0 ? 'no-stream' : decidedOn.state.revision,
        })),
      );
    } catch (error) {
      for (const { pending } of planned) pending.reject(error);
      return;
    }
    planned.forEach(({ pending, streamId, decidedOn, next, events }, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) return pending.reject(outcome.error);
      // In order, so each successful command of a stream finds its predecessor's state in the cache.
      if (!outcome.result.duplicate) streams.replace(streamId, decidedOn, next);
      pending.resolve(ok({ ...outcome.result, events, duplicate: outcome.result.duplicate }));
    });
  }

  async function drain(): Promise<void> {
    scheduled = false;
    draining = true;
    try {
      while (queue.length > 0) await commit(queue.splice(0, maxBatchSize));
    } finally {
      draining = false;
    }
  }

  /** Decides and appends one command as part of the next group; settles once that group is durable. */
  function submit(
    command: Command,
    target: StreamTarget,
    context: ExecutionContext,
    fingerprint: string,
  ): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      queue.push({ command, target, context, fingerprint, resolve, reject });
      if (scheduled || draining) return;
      scheduled = true;
      if (maxWaitMs > 0) setTimeout(() => void drain(), maxWaitMs);
      else setImmediate(() => void drain());
    });
  }

  return { submit };
}
