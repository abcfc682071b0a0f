// The HTTP ceiling, layer by layer (issue 13 item 6): one process answers GET /health the way the service
// does, with the first N layers of the service's stack, so the bench can show what each one costs:
//   bare        node:http alone
//   express     + express 5 (the router the service uses)
//   helmet      + helmet() (security headers)
//   pino-http   + pino-http, logging every request at info to stdout (a pipe), as the service did
//   metrics     + prom-client counter and histogram per request, as the service's middleware
// express, helmet, pino and prom-client are resolved from @grip/api, so these are the versions it runs;
// pino-http (which the service used until this measurement, see docs/reads.md) from the scripts' own.
// usage (spawned by ceiling-servers.mjs): node ceiling-server.mjs LAYER
import { createRequire } from 'node:module';
import http from 'node:http';
import { LAYERS } from './bare-server.mjs';

const layer = process.argv[2];
const depth = LAYERS.indexOf(layer);
if (depth < 0) throw new Error(`unknown layer ${layer}; known: ${LAYERS.join(', ')}`);
const require = createRequire(new URL('../../../packages/api/package.json', import.meta.url));
const own = createRequire(import.meta.url);

const body = JSON.stringify({ status: 'ok' });
let handler = (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};
if (depth >= 1) {
  const express = require('express');
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (depth >= 3) app.use(own('pino-http').pinoHttp({ logger: require('pino').pino({ level: 'info' }) }));
  if (depth >= 2) app.use(require('helmet').default());
  if (depth >= 4) {
    const { Counter, Histogram, Registry } = require('prom-client');
    const registry = new Registry();
    const labelNames = ['method', 'route', 'status'];
    const requests = new Counter({ name: 'r', help: 'r', labelNames, registers: [registry] });
    const duration = new Histogram({ name: 'd', help: 'd', labelNames, registers: [registry] });
    app.use((req, res, next) => {
      const stop = duration.startTimer();
      res.on('finish', () => {
        const labels = {
          method: req.method,
          route: req.route ? req.route.path : 'unmatched',
          status: String(res.statusCode),
        };
        requests.inc(labels);
        stop(labels);
      });
      next();
    });
  }
  app.get('/health', (_req, res) => res.setHeader('Cache-Control', 'no-store').json({ status: 'ok' }));
  handler = app;
}
const server = http.createServer(handler);
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
