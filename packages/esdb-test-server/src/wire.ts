import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { sharedPb, streamsPb } from './generated.js';
import type { LoggedEvent } from './event-log.js';

/** 2^64 - 1: what servers before 22.x put where a stream read has no position (-1 as an unsigned long). */
export const NO_POSITION = 18446744073709551615n;

export const streamNameOf = (identifier: { getStreamName_asU8(): Uint8Array } | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export function streamIdentifier(streamId: string) {
  const identifier = new sharedPb.StreamIdentifier();
  identifier.setStreamName(Uint8Array.from(Buffer.from(streamId, 'utf8')));
  return identifier;
}

export function uuidOf(id: string) {
  const uuid = new sharedPb.UUID();
  uuid.setString(id);
  return uuid;
}

/** Both UUID forms the protocol allows; the client sends strings. */
export function parseUuid(uuid: InstanceType<typeof sharedPb.UUID> | undefined): string {
  if (!uuid) return '';
  if (uuid.hasStructured()) {
    const s = uuid.getStructured()!;
    const hex =
      BigInt.asUintN(64, BigInt(s.getMostSignificantBits())).toString(16).padStart(16, '0') +
      BigInt.asUintN(64, BigInt(s.getLeastSignificantBits())).toString(16).padStart(16, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return uuid.getString();
}

/**
 * One event on the wire. 64-bit numbers travel as decimal strings (the protos say jstype = JS_STRING);
 * `withPosition: false` is how servers before 22.x answer stream reads.
 */
export function readEventResponse(event: LoggedEvent, withPosition: boolean) {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(uuidOf(event.id));
  recorded.setStreamIdentifier(streamIdentifier(event.streamId));
  recorded.setStreamRevision(event.revision.toString(10));
  const position = (withPosition ? event.position : NO_POSITION).toString(10);
  recorded.setCommitPosition(position);
  recorded.setPreparePosition(position);
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', event.contentType);
  recorded.getMetadataMap().set('created', event.createdTicks.toString(10));
  recorded.setCustomMetadata(event.customMetadata);
  recorded.setData(event.data);
  const readEvent = new streamsPb.ReadResp.ReadEvent();
  readEvent.setEvent(recorded);
  if (withPosition) readEvent.setCommitPosition(event.position.toString(10));
  else readEvent.setNoPosition(new sharedPb.Empty());
  const response = new streamsPb.ReadResp();
  response.setEvent(readEvent);
  return response;
}

/** A gRPC error the way EventStoreDB sends it: a status code plus an "exception" trailer the client maps. */
export function serverError(code: status, exception: string, message: string): Partial<ServiceError> {
  const metadata = new Metadata();
  metadata.set('exception', exception);
  return { code, details: message, metadata };
}

export const accessDenied = () => serverError(status.PERMISSION_DENIED, 'access-denied', 'Access denied');

export function streamDeleted(streamId: string): Partial<ServiceError> {
  const error = serverError(status.FAILED_PRECONDITION, 'stream-deleted', `Event stream '${streamId}' is deleted.`);
  error.metadata!.set('stream-name', streamId);
  return error;
}
