import { Server, ServerCredentials, status, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { createAppendHandler, createBatchAppendHandler } from './append-handlers.js';
import { createEventLog, type Proposed } from './event-log.js';
import { createFaults, type AccessDenial } from './faults.js';
import { featuresGrpc, streamsGrpc } from './generated.js';
import { createReadHandler } from './read-handler.js';
import { createServerFeaturesHandler } from './server-features.js';
import { serverError } from './wire.js';

export type EsdbTestServerOptions = {
  /** Advertise BatchAppend (the client then appends through it); false: the plain Append path. Default true. */
  readonly batchAppend?: boolean;
  /** Reported server version. Below 22: stream reads carry no positions and no caught-up message is sent. */
  readonly serverVersion?: string;
  /** Clock for the events' "created" stamp. Default Date.now. */
  readonly now?: () => number;
  /** Write a few system and foreign events first, as a real database has. Default true. */
  readonly seedForeignEvents?: boolean;
};

export type EsdbTestServer = {
  readonly port: number;
  /** `esdb://127.0.0.1:<port>?tls=false`, for the client. */
  readonly connectionString: string;
  /** Drops every connection and call (clients see UNAVAILABLE), then listens again on the same port; data is kept. */
  restart(): Promise<void>;
  /** Stops listening (kept data) until `start()`: a server that is down. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Holds every new call unanswered until lifted: a stalled server. */
  stall(on: boolean): void;
  /** Refuses calls as a server with ACLs refuses a user without rights. */
  denyAccess(scope: AccessDenial): void;
  /** Marks a stream deleted: reading or appending to it fails with StreamDeleted. */
  deleteStream(streamId: string): void;
  /** Writes events straight into the log (e.g. another application's), bypassing gRPC. */
  appendForeign(streamId: string, type: string, data: unknown): void;
  /** Number of events in $all, system and foreign ones included. */
  readonly eventCount: number;
  close(): Promise<void>;
};

const unimplemented = (_call: unknown, callback: (e: unknown) => void) =>
  callback(serverError(status.UNIMPLEMENTED, 'unsupported', 'not simulated by the test server'));

/**
 * Starts a wire-level EventStoreDB TEST DOUBLE on 127.0.0.1 (a free port unless one is given). It
 * speaks the real gRPC protocol with the client's own service definitions; it is not a database.
 */
export async function startEsdbTestServer(options: EsdbTestServerOptions = {}, port = 0): Promise<EsdbTestServer> {
  const version = options.serverVersion ?? '24.10.0';
  const legacyPositions = Number.parseInt(version, 10) < 22;
  const log = createEventLog(options.now ?? Date.now);
  const faults = createFaults();
  const live = new Set<() => void>();
  let server: Server | null = null;
  let boundPort = port;

  const readHandler = createReadHandler({
    log,
    faults,
    legacyPositions,
    track(stop) {
      live.add(stop);
      return () => live.delete(stop);
    },
  });

  const listen = async (): Promise<void> => {
    const s = new Server();
    s.addService(streamsGrpc.StreamsService, {
      read: (call: Parameters<typeof readHandler>[0]) => void readHandler(call),
      append: createAppendHandler(log, faults),
      batchAppend: createBatchAppendHandler(log, faults),
      delete: unimplemented,
      tombstone: unimplemented,
    } as UntypedServiceImplementation);
    s.addService(featuresGrpc.ServerFeaturesService, {
      getSupportedMethods: createServerFeaturesHandler({ batchAppend: options.batchAppend ?? true, version }),
    });
    boundPort = await new Promise<number>((resolve, reject) =>
      s.bindAsync(`127.0.0.1:${boundPort}`, ServerCredentials.createInsecure(), (error, p) =>
        error ? reject(error) : resolve(p),
      ),
    );
    server = s;
  };

  const stop = async (): Promise<void> => {
    const s = server;
    server = null;
    for (const end of [...live]) end();
    live.clear();
    faults.releaseAll();
    if (s) s.forceShutdown();
  };

  const foreign = (streamId: string, type: string, data: unknown) => {
    const proposed: Proposed = {
      id: crypto.randomUUID(),
      type,
      contentType: 'application/json',
      data: Buffer.from(JSON.stringify(data)),
      customMetadata: new Uint8Array(),
    };
    log.append(streamId, { kind: 'any' }, [proposed]);
  };

  if (options.seedForeignEvents ?? true) {
    foreign('$epochs', '$epoch-information', { epochNumber: 0 });
    foreign('$users', '$user-created', { loginName: 'admin' });
    foreign('orders-1', 'OrderPlaced', { note: 'another application in the same database' });
  }
  await listen();

  return {
    get port() {
      return boundPort;
    },
    get connectionString() {
      return `esdb://127.0.0.1:${boundPort}?tls=false`;
    },
    async restart() {
      await stop();
      await listen();
    },
    stop,
    start: listen,
    stall: (on) => faults.stall(on),
    denyAccess: (scope) => faults.denyAccess(scope),
    deleteStream: (streamId) => faults.deleteStream(streamId),
    appendForeign: foreign,
    get eventCount() {
      return log.all().length;
    },
    close: stop,
  };
}
