// The HTTP ceiling: a bare node:http server answering what GET /health answers, in its own process
// (like the service), so autocannon measures what the machine gives any Node server in this run.
import { spawn } from 'node:child_process';

const SOURCE = `
const http = require('node:http');
const body = JSON.stringify({ status: 'ok' });
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

export async function startBareServer() {
  const child = spawn(process.execPath, ['-e', SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const match = /listening on (http:\/\/\S+)/.exec(chunk);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
