import {
  definitionOf,
  domainError,
  isEventType,
  type DomainError,
  type DomainEvent,
  type EventDataOf,
} from '@grip/ledger';

/**
 * A stored correction that cannot be applied: the runner stops on it, like on any unreadable event.
 * The reason is a plain value (code and message), so it crosses a worker thread boundary unchanged.
 */
export class InvalidCorrectionError extends Error {
  constructor(
    readonly correctionEventId: string,
    readonly correctedEventId: string,
    readonly reason: DomainError,
  ) {
    super(`correction ${correctionEventId} of event ${correctedEventId} cannot be applied: ${reason.message}`);
    this.name = 'InvalidCorrectionError';
  }
}

/** The reason for a correction that names an event that is not before it in its own stream. */
export const targetNotEarlier = (): DomainError =>
  domainError('CORRECTION_TARGET_NOT_FOUND', 'the corrected event is not earlier in the same stream');

/**
 * The replacement data of an EntryCorrected, validated against the corrected event's own schema, so a
 * corrected event is folded exactly as if it had been recorded that way.
 */
export function replacementFor(
  correction: { readonly metadata: { readonly eventId: string }; readonly data: EventDataOf<'EntryCorrected'> },
  original: { readonly type: string },
): DomainEvent {
  const { correctedEventId, correctedType, replacement } = correction.data;
  const fail = (reason: DomainError) =>
    new InvalidCorrectionError(correction.metadata.eventId, correctedEventId, reason);
  const invalid = (message: string) => fail(domainError('CORRECTION_REPLACEMENT_INVALID', message));
  if (correctedType !== original.type)
    throw invalid(`it names type ${correctedType} but the event is a ${original.type}`);
  if (!isEventType(correctedType) || !definitionOf(correctedType).correctable)
    throw fail(domainError('CORRECTION_TARGET_NOT_CORRECTABLE', `${correctedType} is not correctable`));
  let parsed: ReturnType<ReturnType<typeof definitionOf>['schema']['safeParse']>;
  try {
    parsed = definitionOf(correctedType).schema.safeParse(replacement);
  } catch (error) {
    // Some refinements throw on malformed input instead of reporting an issue.
    throw invalid(
      `replacement is not a valid ${correctedType} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `replacement is not a valid ${correctedType}${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`,
    );
  }
  return { type: correctedType, data: parsed.data } as DomainEvent;
}
