import type { ServerDuplexStream, ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import type { EventLog, Expected, Proposed } from './event-log.js';
import type { Faults } from './faults.js';
import {
  anyPb,
  emptyPb,
  sharedPb,
  statusPb,
  streamsPb,
  type AppendReq,
  type AppendResp,
  type BatchAppendReq,
  type BatchAppendResp,
} from './generated.js';
import { accessDenied, parseUuid, streamDeleted, streamIdentifier, streamNameOf } from './wire.js';

type ProposedMessage = {
  getId(): InstanceType<typeof sharedPb.UUID> | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getCustomMetadata_asU8(): Uint8Array;
  getData_asU8(): Uint8Array;
};

function toProposed(message: ProposedMessage): Proposed {
  const metadata = message.getMetadataMap();
  return {
    id: parseUuid(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

type ExpectedSource = {
  hasAny(): boolean;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
};

function expectedOf(options: ExpectedSource, revision: string | null): Expected {
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'stream-exists' };
  if (revision !== null) return { kind: 'revision', revision: BigInt(revision) };
  return { kind: 'any' };
}

/** Streams.Append: a client stream of one options message, then the events; one answer at the end. */
export function createAppendHandler(log: EventLog, faults: Faults) {
  return (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
    let streamId = '';
    let expected: Expected = { kind: 'any' };
    const proposed: Proposed[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) {
        const options = request.getOptions()!;
        streamId = streamNameOf(options.getStreamIdentifier());
        expected = expectedOf(options, options.hasRevision() ? options.getRevision() : null);
      } else if (request.hasProposedMessage()) proposed.push(toProposed(request.getProposedMessage()!));
    });
    call.on('end', () => {
      void faults.gate().then(() => {
        if (call.cancelled) return;
        if (faults.denial === 'everything') return callback(accessDenied());
        if (faults.isDeleted(streamId)) return callback(streamDeleted(streamId));
        const outcome = log.append(streamId, expected, proposed);
        const response = new streamsPb.AppendResp();
        if (outcome.ok) {
          const success = new streamsPb.AppendResp.Success();
          success.setCurrentRevision(outcome.revision.toString(10));
          const position = new streamsPb.AppendResp.Position();
          position.setCommitPosition(outcome.position.toString(10));
          position.setPreparePosition(outcome.position.toString(10));
          success.setPosition(position);
          response.setSuccess(success);
        } else {
          const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
          if (outcome.current === null) wrong.setCurrentNoStream(new sharedPb.Empty());
          else wrong.setCurrentRevision(outcome.current.toString(10));
          const e = outcome.expected;
          if (e.kind === 'revision') wrong.setExpectedRevision(e.revision.toString(10));
          else if (e.kind === 'no-stream') wrong.setExpectedNoStream(new sharedPb.Empty());
          else if (e.kind === 'stream-exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
          else wrong.setExpectedAny(new sharedPb.Empty());
          response.setWrongExpectedVersion(wrong);
        }
        callback(null, response);
      });
    });
  };
}

/** A google.rpc.Status carrying one detail message, packed as Any the way the server packs it. */
function rpcStatus(code: status, text: string, detail: { serializeBinary(): Uint8Array }, typeName: string) {
  const s = new statusPb.Status();
  s.setCode(code as number);
  s.setMessage(text);
  const any = new anyPb.Any();
  any.pack(detail.serializeBinary(), typeName);
  s.setDetails(any);
  return s;
}

/**
 * Streams.BatchAppend: one long-lived duplex stream per client; requests are chunks keyed by a
 * correlation id, the last one marked final. Each answer names its stream: on an error the client
 * reads the stream identifier to build its error, and crashes without it.
 */
export function createBatchAppendHandler(log: EventLog, faults: Faults) {
  return (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    const pending = new Map<string, { streamId: string; expected: Expected; proposed: Proposed[] }>();
    call.on('data', (request: BatchAppendReq) => {
      const correlation = parseUuid(request.getCorrelationId());
      let batch = pending.get(correlation);
      if (request.hasOptions()) {
        const options = request.getOptions()!;
        batch = {
          streamId: streamNameOf(options.getStreamIdentifier()),
          expected: expectedOf(options, options.hasStreamPosition() ? options.getStreamPosition() : null),
          proposed: [],
        };
        pending.set(correlation, batch);
      }
      if (!batch) return;
      for (const m of request.getProposedMessagesList()) batch.proposed.push(toProposed(m));
      if (!request.getIsFinal()) return;
      pending.delete(correlation);
      const { streamId, expected, proposed } = batch;
      void faults.gate().then(() => {
        if (call.cancelled || call.destroyed) return;
        const response = new streamsPb.BatchAppendResp();
        response.setCorrelationId(request.getCorrelationId());
        response.setStreamIdentifier(streamIdentifier(streamId));
        if (faults.denial === 'everything') {
          response.setError(
            rpcStatus(
              status.PERMISSION_DENIED,
              'Access denied',
              new sharedPb.AccessDenied(),
              'event_store.client.AccessDenied',
            ),
          );
          call.write(response);
          return;
        }
        if (faults.isDeleted(streamId)) {
          const detail = new sharedPb.StreamDeleted();
          detail.setStreamIdentifier(streamIdentifier(streamId));
          response.setError(
            rpcStatus(status.FAILED_PRECONDITION, 'Stream deleted', detail, 'event_store.client.StreamDeleted'),
          );
          call.write(response);
          return;
        }
        const outcome = log.append(streamId, expected, proposed);
        if (outcome.ok) {
          const success = new streamsPb.BatchAppendResp.Success();
          success.setCurrentRevision(outcome.revision.toString(10));
          const position = new sharedPb.AllStreamPosition();
          position.setCommitPosition(outcome.position.toString(10));
          position.setPreparePosition(outcome.position.toString(10));
          success.setPosition(position);
          response.setSuccess(success);
        } else {
          const wrong = new sharedPb.WrongExpectedVersion();
          if (outcome.current === null) wrong.setCurrentNoStream(new emptyPb.Empty());
          else wrong.setCurrentStreamRevision(outcome.current.toString(10));
          const e = outcome.expected;
          if (e.kind === 'revision') wrong.setExpectedStreamPosition(e.revision.toString(10));
          else if (e.kind === 'no-stream') wrong.setExpectedNoStream(new emptyPb.Empty());
          else if (e.kind === 'stream-exists') wrong.setExpectedStreamExists(new emptyPb.Empty());
          else wrong.setExpectedAny(new emptyPb.Empty());
          response.setError(
            rpcStatus(
              status.FAILED_PRECONDITION,
              'Wrong expected version',
              wrong,
              'event_store.client.WrongExpectedVersion',
            ),
          );
        }
        call.write(response);
      });
    });
    call.on('end', () => call.end());
  };
}
