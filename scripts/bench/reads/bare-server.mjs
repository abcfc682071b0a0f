// The HTTP ceiling: a server answering what GET /health answers, in its own process (like the service), so
// autocannon measures what the machine gives any Node server in this run. `layer` (ceiling-server.mjs)
// adds the service's stack one piece at a time: bare node:http, express 5, helmet, pino-http, prom-client.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The service's stack, one piece more each (see ceiling-server.mjs). */
export const LAYERS = ['bare', 'express', 'helmet', 'pino-http', 'metrics'];

const SERVER = fileURLToPath(new URL('./ceiling-server.mjs', import.meta.url));

export async function startBareServer(layer = 'bare') {
  const child = spawn(process.execPath, [SERVER, layer], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (out !== null) out += chunk;
      const match = out === null ? null : /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        out = null; // request log lines (pino-http layer): read and dropped, as the service's are
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`ceiling server ${layer} exited (${code})`)));
  });
  return {
    url,
    pid: child.pid,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
