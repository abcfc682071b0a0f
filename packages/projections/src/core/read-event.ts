import { toRecordedEvent, UnreadableEventError, type RecordedEvent, type StoredEvent } from '@grip/ledger';

/**
 * toRecordedEvent, with any failure reported as UnreadableEventError naming the event: some schema
 * refinements throw plain errors on malformed input (e.g. money "lots" throws a TypeError inside
 * moneyStringSchema's refine), and the runner must still stop with a clear message.
 */
export function readEvent(stored: StoredEvent): RecordedEvent {
  try {
    return toRecordedEvent(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw error;
    const eventId = (stored.metadata as { eventId?: unknown } | undefined)?.eventId;
    throw new UnreadableEventError(
      {
        streamId: stored.streamId,
        revision: stored.revision,
        type: stored.type,
        version: stored.version,
        eventId: typeof eventId === 'string' ? eventId : undefined,
      },
      {
        code: 'INVALID_EVENT',
        message: `${stored.type} v${stored.version} ${error instanceof Error ? error.message : String(error)}`,
      },
    );
  }
}
