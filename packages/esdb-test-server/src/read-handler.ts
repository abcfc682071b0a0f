import { status, type ServerWritableStream } from '@grpc/grpc-js';
import type { EventLog, LoggedEvent } from './event-log.js';
import type { Faults } from './faults.js';
import { streamsPb, type ReadReq, type ReadResp } from './generated.js';
import { accessDenied, readEventResponse, serverError, streamDeleted, streamIdentifier, streamNameOf } from './wire.js';

type Options = NonNullable<ReturnType<ReadReq['getOptions']>>;
type Call = ServerWritableStream<ReadReq, ReadResp>;

export type ReadBehaviour = {
  readonly log: EventLog;
  readonly faults: Faults;
  /** Servers before 22.x: stream reads carry no position, subscriptions send no caught-up message. */
  readonly legacyPositions: boolean;
  /** Live subscriptions register here so a restart can cut them off. */
  track(stop: () => void): () => void;
};

/** Streams.Read in its three shapes: a stream, $all, and a (filtered) subscription to $all. */
export function createReadHandler(behaviour: ReadBehaviour) {
  return async (call: Call): Promise<void> => {
    await behaviour.faults.gate();
    if (call.cancelled) return;
    const options = call.request.getOptions();
    if (!options) return fail(call, serverError(status.INVALID_ARGUMENT, 'invalid-argument', 'no read options'));
    const denial = behaviour.faults.denial;
    if (denial === 'everything' || (denial === 'read-all' && options.hasAll())) return fail(call, accessDenied());
    if (options.hasSubscription()) {
      if (!options.hasAll())
        return fail(call, serverError(status.UNIMPLEMENTED, 'unsupported', 'stream subscriptions are not simulated'));
      return subscribeToAll(call, options, behaviour);
    }
    if (options.hasStream()) {
      const name = streamNameOf(options.getStream()!.getStreamIdentifier());
      if (behaviour.faults.isDeleted(name)) return fail(call, streamDeleted(name));
    }
    const events = options.hasAll() ? readAll(options, behaviour.log) : readStream(call, options, behaviour.log);
    if (events === null) return; // stream not found, already answered
    const filter = filterOf(options);
    const withPosition = options.hasAll() || !behaviour.legacyPositions;
    for (const event of events) if (filter(event)) call.write(readEventResponse(event, withPosition));
    call.end();
  };
}

function fail(call: Call, error: ReturnType<typeof accessDenied>): void {
  call.emit('error', error);
}

const countOf = (options: Options): number =>
  options.hasCount() ? Number(BigInt(options.getCount())) : Number.MAX_SAFE_INTEGER;
const backwards = (options: Options) =>
  options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;

function readStream(call: Call, options: Options, log: EventLog): LoggedEvent[] | null {
  const stream = options.getStream()!;
  const name = streamNameOf(stream.getStreamIdentifier());
  const events = log.stream(name);
  if (!events || events.length === 0) {
    const notFound = new streamsPb.ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(streamIdentifier(name));
    const response = new streamsPb.ReadResp();
    response.setStreamNotFound(notFound);
    call.write(response);
    call.end();
    return null;
  }
  const count = countOf(options);
  if (backwards(options)) {
    const from = stream.hasRevision() ? Math.min(Number(stream.getRevision()), events.length - 1) : events.length - 1;
    return events.slice(Math.max(0, from - count + 1), from + 1).reverse();
  }
  const from = stream.hasRevision() ? Number(stream.getRevision()) : 0;
  return events.slice(from, from + count);
}

/**
 * Reading $all includes the event AT the given position, in both directions: unlike subscriptions,
 * which start after it. (Forward inclusion is what real servers do; for backwards the adapter must
 * cope with either, so the stricter choice is made here.)
 */
function readAll(options: Options, log: EventLog): readonly LoggedEvent[] {
  const all = options.getAll()!;
  const events = log.all();
  const count = countOf(options);
  const position = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : null;
  if (backwards(options)) {
    const end = position === null || all.hasEnd() ? events.length : log.indexAtOrAfter(position + 1n);
    return events.slice(Math.max(0, end - count), end).reverse();
  }
  const start = position === null ? (all.hasEnd() ? events.length : 0) : log.indexAtOrAfter(position);
  return events.slice(start, start + count);
}

function filterOf(options: Options): (event: LoggedEvent) => boolean {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType()!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : null;
  return (event) => {
    const subject = onStream ? event.streamId : event.type;
    if (prefixes.length > 0 && !prefixes.some((p) => subject.startsWith(p))) return false;
    return regex === null || regex.test(subject);
  };
}

function message(set: (response: ReadResp) => void): ReadResp {
  const response = new streamsPb.ReadResp();
  set(response);
  return response;
}

const checkpoint = (position: bigint) =>
  message((r) => {
    const c = new streamsPb.ReadResp.Checkpoint();
    c.setCommitPosition(position.toString(10));
    c.setPreparePosition(position.toString(10));
    r.setCheckpoint(c);
  });

/**
 * A catch-up subscription: confirmation, the backlog AFTER the start position (exclusive, unlike a
 * read), checkpoints every window of scanned events, caught-up, then live events as they are written.
 * Everything up to going live happens in one synchronous turn, so no append can slip between.
 */
function subscribeToAll(call: Call, options: Options, behaviour: ReadBehaviour): void {
  const { log } = behaviour;
  const all = options.getAll()!;
  const filter = filterOf(options);
  const window = options.hasFilter() && options.getFilter()!.hasMax() ? options.getFilter()!.getMax() : 32;
  const every = Math.max(1, window * (options.getFilter()?.getCheckpointintervalmultiplier() || 1));

  call.write(
    message((r) => {
      const c = new streamsPb.ReadResp.SubscriptionConfirmation();
      c.setSubscriptionId(`grip-test-${Math.random().toString(36).slice(2)}`);
      r.setConfirmation(c);
    }),
  );
  const events = log.all();
  const start = all.hasEnd()
    ? events.length
    : all.hasPosition()
      ? log.indexAtOrAfter(BigInt(all.getPosition()!.getCommitPosition()) + 1n)
      : 0;
  let scanned = 0;
  for (let i = start; i < events.length; i++) {
    const event = events[i]!;
    if (filter(event)) call.write(readEventResponse(event, true));
    else if (options.hasFilter() && ++scanned % every === 0) call.write(checkpoint(event.position));
  }
  if (options.hasFilter()) call.write(checkpoint(log.headPosition()));
  if (!behaviour.legacyPositions) call.write(message((r) => r.setCaughtUp(new streamsPb.ReadResp.CaughtUp())));

  const stopListening = log.onAppend((event) => {
    if (filter(event)) call.write(readEventResponse(event, true));
  });
  const untrack = behaviour.track(() => {
    stopListening();
    call.end();
  });
  const stop = () => {
    stopListening();
    untrack();
  };
  call.on('cancelled', stop);
  call.on('close', stop);
}
