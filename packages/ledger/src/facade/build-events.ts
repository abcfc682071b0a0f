import type { Command } from '../commands/catalogue.js';
import type { DomainEvent } from '../events/catalogue.js';
import { definitionOf } from '../events/catalogue.js';
import type { NewEvent } from '../events/envelope.js';
import type { Clock } from './clock.js';
import type { ExecutionContext } from './execution-context.js';
import { idempotentEventId } from './idempotency.js';
import type { IdSource } from './ids.js';

/** Attaches who, when and why to decided events; the actor comes from the context, never the command. */
export function buildEvents(
  decided: readonly DomainEvent[],
  command: Command,
  context: ExecutionContext,
  { clock, ids, fingerprint }: { clock: Clock; ids: IdSource; fingerprint: string },
): NewEvent[] {
  const recordedAt = clock.now().toISOString();
  const key = context.idempotencyKey;
  const eventIds = decided.map((_, i) => (key ? idempotentEventId(context.tenant, key, i) : ids.next()));
  const decisionId = (command.data as { decisionId?: unknown }).decisionId;
  return decided.map((event, i) => {
    const metadata = {
      eventId: eventIds[i]!,
      tenant: context.tenant,
      actor: context.actor,
      recordedAt,
      ...(context.reason !== undefined && { reason: context.reason }),
      ...(context.source !== undefined && { source: context.source }),
      ...(typeof decisionId === 'string' && event.type !== 'DecisionRecorded' && { decisionId }),
      correlationId: context.correlationId ?? eventIds[0]!,
      causationId: context.causationId ?? null,
      ...(key !== undefined && { idempotency: { key, fingerprint } }),
    };
    return { ...event, version: definitionOf(event.type).version, metadata };
  });
}
