import { eventCatalogue, type DomainEvent } from './catalogue.js';
import type { EventDefinition } from './define-event.js';
import type { RecordedEvent, StoredEvent } from './envelope.js';
import { compileAcceptor } from './fast-validation/compile-acceptor.js';
import { ACCEPT, type Acceptor } from './fast-validation/verdict.js';
import { eventMetadataSchema, type EventMetadata } from './metadata.js';

export type RawEvent = { type: string; version: number; data: unknown; metadata: unknown };

export type EventParseError = {
  readonly code: 'UNKNOWN_EVENT_TYPE' | 'UNSUPPORTED_EVENT_VERSION' | 'INVALID_EVENT';
  readonly message: string;
};

export type ParsedEvent = DomainEvent & { version: number; metadata: EventMetadata };

export type ParseOutcome = { ok: true; event: ParsedEvent } | { ok: false; error: EventParseError };

type Catalogue = Readonly<Record<string, EventDefinition>>;

/**
 * A reader for events of any stored version: upcasts old versions step by step to the current one,
 * then validates. Unknown types and future versions are errors, never skipped silently.
 *
 * Validation takes a fast path first: validators compiled from the same zod schemas accept a value only
 * when zod would accept it unchanged, and then the stored objects are used as they are; everything
 * else (refusals, values zod would trim or strip) goes through zod. See docs/event-validation.md.
 */
export function createEventParser(catalogue: Catalogue): (raw: RawEvent) => ParseOutcome {
  const acceptors = new WeakMap<EventDefinition, Acceptor>();
  const acceptorOf = (definition: EventDefinition): Acceptor => {
    let accept = acceptors.get(definition);
    if (!accept) acceptors.set(definition, (accept = compileAcceptor(definition.schema)));
    return accept;
  };
  const acceptMetadata = compileAcceptor(eventMetadataSchema);
  return (raw) => {
    const definition = Object.hasOwn(catalogue, raw.type) ? catalogue[raw.type] : undefined;
    if (!definition)
      return { ok: false, error: { code: 'UNKNOWN_EVENT_TYPE', message: `unknown event type "${raw.type}"` } };
    if (!Number.isInteger(raw.version) || raw.version < 1 || raw.version > definition.version) {
      return {
        ok: false,
        error: {
          code: 'UNSUPPORTED_EVENT_VERSION',
          message: `${raw.type} v${raw.version} is not supported (current v${definition.version})`,
        },
      };
    }
    let data = raw.data;
    for (let v = raw.version; v < definition.version; v++) data = definition.upcasters[v]!(data);
    if (acceptorOf(definition)(data) === ACCEPT && acceptMetadata(raw.metadata) === ACCEPT) {
      return {
        ok: true,
        event: { type: raw.type, version: definition.version, data, metadata: raw.metadata } as ParsedEvent,
      };
    }
    const parsedData = definition.schema.safeParse(data);
    const parsedMetadata = eventMetadataSchema.safeParse(raw.metadata);
    if (!parsedData.success || !parsedMetadata.success) {
      const issue = (parsedData.error ?? parsedMetadata.error)?.issues[0];
      const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
      return { ok: false, error: { code: 'INVALID_EVENT', message: `${raw.type} v${raw.version} ${where}` } };
    }
    const event = { type: raw.type, version: definition.version, data: parsedData.data, metadata: parsedMetadata.data };
    return { ok: true, event: event as ParsedEvent };
  };
}

/** Reads any stored version of the ledger's own events. */
export const parseEvent = createEventParser(eventCatalogue);

/** Thrown where an unreadable stored event must stop the caller (replay, projection runner). */
export class UnreadableEventError extends Error {
  constructor(
    readonly stored: Pick<StoredEvent, 'streamId' | 'revision' | 'type' | 'version'> & { eventId: string | undefined },
    readonly reason: EventParseError,
  ) {
    super(
      `cannot read event ${stored.eventId ?? '?'} (${stored.type} v${stored.version}) at ${stored.streamId}@${stored.revision}: ${reason.message}`,
    );
    this.name = 'UnreadableEventError';
  }
}

/** Upcasts and validates a stored event, keeping where it sits; throws UnreadableEventError otherwise. */
export function toRecordedEvent(stored: StoredEvent): RecordedEvent {
  const parsed = parseEvent(stored);
  if (!parsed.ok) {
    throw new UnreadableEventError(
      { ...stored, eventId: (stored.metadata as { eventId?: string } | undefined)?.eventId },
      parsed.error,
    );
  }
  const { event } = parsed;
  // Already current and accepted as it is (the fast path): the stored event is the recorded one, no copy.
  if (event.data === stored.data && event.metadata === stored.metadata && event.version === stored.version)
    return stored as RecordedEvent;
  return {
    ...stored,
    type: parsed.event.type,
    data: parsed.event.data,
    version: parsed.event.version,
    metadata: parsed.event.metadata,
  } as RecordedEvent;
}
