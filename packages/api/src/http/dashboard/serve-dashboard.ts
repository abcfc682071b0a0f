import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Response, type Router } from 'express';
import { httpProblem } from '../problem/http-problem.js';

/**
 * The dashboard talks only to this origin's /api/v1 and loads nothing but its own hashed files: no
 * inline script or style, no third-party origin, no framing, no plugins.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const withCsp = (res: Response) => res.setHeader('Content-Security-Policy', DASHBOARD_CSP);

/**
 * GET / answers the dashboard's index.html (revalidated on every load, so a new build shows at once);
 * /assets/* are content-hashed by the build, so browsers may keep them for a year without asking.
 */
export function dashboardRouter(dir: string): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      etag: false,
      setHeaders: withCsp,
    }),
  );
  router.get('/', (_req, res, next) => {
    if (!existsSync(index)) {
      next(httpProblem('NOT_FOUND', 'the dashboard is not built: run `npm run build` (or `npm start`)'));
      return;
    }
    withCsp(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
