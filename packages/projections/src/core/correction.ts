import { definitionOf, isEventType, type DomainEvent, type EventDataOf } from '@grip/ledger';

/** A stored correction that cannot be applied: the runner stops on it, like on any unreadable event. */
export class InvalidCorrectionError extends Error {
  constructor(
    readonly correctionEventId: string,
    readonly correctedEventId: string,
    reason: string,
  ) {
    super(`correction ${correctionEventId} of event ${correctedEventId} cannot be applied: ${reason}`);
    this.name = 'InvalidCorrectionError';
  }
}

/**
 * The replacement data of an EntryCorrected, validated against the corrected event's own schema, so a
 * corrected event is folded exactly as if it had been recorded that way.
 */
export function replacementFor(
  correction: { readonly metadata: { readonly eventId: string }; readonly data: EventDataOf<'EntryCorrected'> },
  original: { readonly type: string },
): DomainEvent {
  const { correctedEventId, correctedType, replacement } = correction.data;
  const fail = (reason: string) => new InvalidCorrectionError(correction.metadata.eventId, correctedEventId, reason);
  if (correctedType !== original.type) throw fail(`it names type ${correctedType} but the event is a ${original.type}`);
  if (!isEventType(correctedType) || !definitionOf(correctedType).correctable)
    throw fail(`${correctedType} is not correctable`);
  let parsed: ReturnType<ReturnType<typeof definitionOf>['schema']['safeParse']>;
  try {
    parsed = definitionOf(correctedType).schema.safeParse(replacement);
  } catch (error) {
    // Some refinements throw on malformed input instead of reporting an issue.
    throw fail(
      `replacement is not a valid ${correctedType} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(
      `replacement is not a valid ${correctedType}${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`,
    );
  }
  return { type: correctedType, data: parsed.data } as DomainEvent;
}
