import type { Command } from '../commands/catalogue.js';
import type { DomainEvent } from '../events/catalogue.js';
import { definitionOf } from '../events/catalogue.js';
import type { NewEvent } from '../events/envelope.js';
import type { EventMetadata } from '../events/metadata.js';
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
  const decisionIdOf = typeof decisionId === 'string' ? decisionId : undefined;
  // Written member by member in the order of the metadata schema (the stored JSON keeps that order):
  // conditional spreads cost a temporary object each, on every event of every command.
  return decided.map((event, i) => {
    // The required members follow below; the cast only lets them come in the schema's order.
    const metadata = {
      eventId: eventIds[i]!,
      tenant: context.tenant,
      actor: context.actor,
      recordedAt,
    } as EventMetadata;
    if (context.reason !== undefined) metadata.reason = context.reason;
    if (context.source !== undefined) metadata.source = context.source;
    if (decisionIdOf !== undefined && event.type !== 'DecisionRecorded') metadata.decisionId = decisionIdOf;
    metadata.correlationId = context.correlationId ?? eventIds[0]!;
    metadata.causationId = context.causationId ?? null;
    if (key !== undefined) metadata.idempotency = { key, fingerprint };
    return { ...event, version: definitionOf(event.type).version, metadata };
  });
}
