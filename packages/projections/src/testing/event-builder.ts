import type { EventDataOf, EventMetadata, EventType, Position, RecordedEvent } from '@grip/ledger';

/**
 * The global position of the seq-th event (from 1) as the ledger's in-memory store numbers it, so the
 * events of one builder put into an empty `createTestStore` keep their positions. Positions are opaque:
 * order them with the store's `comparePositions`, not as strings.
 */
export const positionOf = (seq: number): Position => String(seq) as Position;

export type EventBuilder = {
  /** Appends an event to a stream with the next revision, position, id and time. */
  append<T extends EventType>(
    streamId: string,
    type: T,
    data: EventDataOf<T>,
    meta?: Partial<EventMetadata>,
  ): RecordedEvent;
  /** Moves the injected clock; later events are recorded at or after this time. */
  at(isoDateTime: string): void;
  readonly events: readonly RecordedEvent[];
};

/**
 * Hand-made RecordedEvent sequences for tests and benchmarks: deterministic ids (evt-000001...),
 * one-second clock steps from an injected start time, per-stream revisions and global positions.
 */
export function eventBuilder(
  options: { tenant?: string; start?: string; actor?: string; idPrefix?: string } = {},
): EventBuilder {
  const tenant = options.tenant ?? 'GM0118';
  let clock = Date.parse(options.start ?? '2022-01-03T09:00:00.000Z');
  const revisions = new Map<string, number>();
  const events: RecordedEvent[] = [];
  return {
    events,
    at(iso) {
      clock = Date.parse(iso);
    },
    append(streamId, type, data, meta = {}) {
      const revision = (revisions.get(streamId) ?? -1) + 1;
      revisions.set(streamId, revision);
      const seq = events.length + 1;
      const eventId = `${options.idPrefix ?? 'evt'}-${String(seq).padStart(6, '0')}`;
      const metadata: EventMetadata = {
        eventId,
        tenant,
        actor: options.actor ?? 'user:controller',
        recordedAt: new Date(clock).toISOString(),
        correlationId: `cor-${seq}`,
        causationId: null,
        ...meta,
      };
      clock += 1000;
      const event = {
        streamId,
        revision,
        position: positionOf(seq),
        type,
        version: 1,
        data,
        metadata,
        hash: '0'.repeat(64),
        previousHash: '0'.repeat(64),
      };
      events.push(event as unknown as RecordedEvent);
      return event as unknown as RecordedEvent;
    },
  };
}
