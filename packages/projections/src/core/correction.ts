import {
  domainError,
  parseStoredReplacement,
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
 * The replacement data of an EntryCorrected, parsed by the ledger's own replacement parser (the one
 * that decided it), so a corrected event is folded exactly as if it had been recorded that way.
 */
export function replacementFor(
  correction: { readonly metadata: { readonly eventId: string }; readonly data: EventDataOf<'EntryCorrected'> },
  original: { readonly type: string; readonly data: unknown },
): DomainEvent {
  const parsed = parseStoredReplacement(correction.data, original);
  if (!parsed.ok)
    throw new InvalidCorrectionError(correction.metadata.eventId, correction.data.correctedEventId, parsed.error);
  return parsed.event;
}
