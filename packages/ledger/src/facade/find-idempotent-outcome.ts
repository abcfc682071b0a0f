import { ok, err, type Result } from '../errors/result.js';
import type { NewEvent } from '../events/envelope.js';
import type { EventStore } from '../store/port.js';
import type { ExecuteOutcome, LedgerError } from './execution-context.js';
import { idempotentEventId } from './idempotency.js';

/**
 * Looks for the batch an earlier call with this idempotency key wrote. Same command: its original
 * outcome, marked duplicate. Different command under the same key: IDEMPOTENCY_KEY_REUSED.
 */
export async function findIdempotentOutcome(
  store: EventStore,
  tenant: string,
  key: string,
  fingerprint: string,
): Promise<Result<ExecuteOutcome, LedgerError> | null> {
  const first = await store.findEvent(idempotentEventId(tenant, key, 0));
  if (!first) return null;
  if (first.metadata.idempotency?.fingerprint !== fingerprint) {
    return err({
      kind: 'store',
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: `idempotency key "${key}" was used for a different command`,
      key,
    });
  }
  const following = await store.readStream(first.streamId, { fromRevision: first.revision });
  const batch = [];
  for (const event of following) {
    if (event.metadata.eventId !== idempotentEventId(tenant, key, batch.length)) break;
    batch.push(event);
  }
  const last = batch[batch.length - 1]!;
  const events = batch.map(({ type, version, data, metadata }) => ({ type, version, data, metadata }) as NewEvent);
  return ok({
    streamId: first.streamId,
    firstRevision: first.revision,
    lastRevision: last.revision,
    position: last.position,
    events,
    duplicate: true,
  });
}
