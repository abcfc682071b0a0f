// One autocannon measurement against a running server, reduced to the figures the tables print.
import autocannon from 'autocannon';

export const CONNECTIONS = 10;

export function measure(url, { key, duration, headers = {} }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        headers: { ...(key && { authorization: `Bearer ${key}` }), ...headers },
      },
      (error, result) => {
        if (error) return reject(error);
        const failed = result.non2xx + result.errors + result.timeouts;
        if (failed > 0) return reject(new Error(`${url}: ${failed} of ${result.requests.total} requests failed`));
        resolve({ rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
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
