import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export type ListeningServer = {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish (at most `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
};

/** Answers a request outside express when it can, or hands it on (see http/routes/fast-health.ts). */
type FastPath = (req: IncomingMessage, res: ServerResponse, rest: () => void) => void;

export async function listen(
  app: Express & { readonly fastPath?: FastPath },
  { port, host }: { port: number; host: string },
): Promise<ListeningServer> {
  const { fastPath } = app;
  const server = createServer(fastPath ? (req, res) => fastPath(req, res, () => void app(req, res)) : app);
  // Slow clients cannot hold a connection open forever.
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;
  // Responses still being worked on when shutdown starts close their connection when done, instead
  // of keeping it alive for a next request that would hold the shutdown open.
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Keep-alive connections with no request in flight would otherwise hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}
