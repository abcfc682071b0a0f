// One autocannon measurement against a running server, reduced to the figures the tables print.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** CPU time (user + system) a process has used so far, in ms (Linux; null elsewhere). */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks, 100 per second on Linux
  } catch {
    return null;
  }
}

export const CONNECTIONS = 10;

/**
 * GET /health through express: the service answers the bare path before express when all is well
 * (packages/api/src/http/routes/fast-health.ts), and leaves anything with a query string to the express
 * route. This is the baseline the queries are compared with: the same stack every API read goes through.
 */
export const HEALTH_THROUGH_EXPRESS = '/health?via=express';

/**
 * Throughput and latency; with `pid`, also the server's CPU time per request (µs), a figure that moves far
 * less than throughput when other work shares the machine.
 */
export function measure(url, { key, duration, headers = {}, pid, pathOf }) {
  const cpuBefore = pid === undefined ? null : cpuMs(pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        headers: { ...(key && { authorization: `Bearer ${key}` }), ...headers },
        // pathOf: a new path for every request (e.g. another as-of moment each time: no cache can answer)
        ...(pathOf && { requests: [{ setupRequest: (request) => ({ ...request, path: pathOf() }) }] }),
      },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors + result.timeouts;
        if (failed > 0) return reject(new Error(`${url}: ${failed} of ${result.requests.total} requests failed`));
        const cpuAfter = pid === undefined ? null : cpuMs(pid);
        const cpuUs =
          cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests.total;
        resolve({ rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUs });
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** GET with the bench key, failing loudly (also used to wait for the read models: Grip-Min-Position). */
export async function get(server, path, headers = {}) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${server.key}`, ...headers },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
