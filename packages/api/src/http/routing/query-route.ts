import { createHash } from 'node:crypto';
import { municipalityStreamId } from '@grip/ledger';
import { InvalidAsOfError, ProgrammeNotFoundError, UnknownMomentError, type AsOf } from '@grip/projections';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { principalOf } from '../auth/middleware.js';
import { roleAtLeast, type Principal } from '../../auth/principal.js';
import { etagOf } from '../conditional/etag.js';
import { toCsv, type CsvLocale } from '../../export/csv.js';
import { csvWithManifest, exportAnchor } from '../../export/manifest.js';
import type { Table } from '../../export/table.js';
import { toXlsx, XLSX_CONTENT_TYPE } from '../../export/xlsx.js';
import { problemResponses } from '../openapi/response-schemas.js';
import { httpProblem, invalidRequest } from '../problem/http-problem.js';
import { issuesOf } from '../validation/zod-issues.js';
import { accessibleMunicipality } from './command-target.js';
import {
  accessibleProgramme,
  askedMunicipality,
  heldIn,
  holdersOnly,
  municipalityQuerySchema,
  programmeNotFound,
} from './programme-access.js';
import type { JsonSchema, Operation, RouteDeps } from '../operation/operation.js';
import { projectionQueryShape } from './query-params.js';

export type QueryContext<Q> = {
  readonly deps: RouteDeps;
  readonly principal: Principal;
  readonly params: Record<string, string>;
  /** The programme id or municipality code the path names. */
  readonly id: string;
  /** For a programme: the key its stream is stored under, what the projection queries take (else the id). */
  readonly programmeKey: string;
  readonly municipality: string;
  readonly asOf: AsOf | undefined;
  readonly asOfText: string | null;
  readonly query: Q;
};

export type QueryRouteSpec<S extends z.ZodRawShape, V> = {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly access: 'viewer' | 'controller';
  readonly scope: 'programme' | 'municipality';
  readonly query?: S;
  readonly schema?: JsonSchema;
  /** An example JSON answer for the docs (a test checks it against a real answer where it can). */
  readonly example?: unknown;
  /** The stream revision is the ETag, except where a view reads several streams. */
  readonly etag?: boolean;
  readonly run: (ctx: QueryContext<z.output<z.ZodObject<S>>>) => Promise<V>;
  readonly table: (view: V) => Table;
  readonly filename: (id: string) => string;
};

type Format = 'json' | 'csv' | 'xlsx';

/** A programme's routes also take ?municipality= (see programme-access.ts); a municipality's do not. */
const programmeQuery = (scope: 'programme' | 'municipality') =>
  scope === 'programme' ? { municipality: municipalityQuerySchema.optional() } : {};

/** ?format wins over Accept; exports (CSV, XLSX) need the controller role. */
function formatOf(req: Request, format: Format | undefined): Format {
  if (format !== undefined) return format;
  const accepted = req.accepts(['application/json', 'text/csv', XLSX_CONTENT_TYPE]);
  return accepted === 'text/csv' ? 'csv' : accepted === XLSX_CONTENT_TYPE ? 'xlsx' : 'json';
}

const commonQuery = z.object(projectionQueryShape);

/**
 * Common parameters (asOf, format, locale) and the route's own, parsed apart; unknown ones refused. The
 * schemas are built once per route: building a zod object per request cost more than the latest read.
 */
function queryParser<S extends z.ZodRawShape>(shape: S) {
  const own = z.object(shape);
  const known = new Set([...Object.keys(projectionQueryShape), ...Object.keys(shape)]);
  return (req: Request) => {
    const issues = Object.keys(req.query)
      .filter((key) => !known.has(key))
      .map((key) => ({ path: key, message: 'unknown query parameter' }));
    const common = commonQuery.safeParse(req.query);
    const specific = own.safeParse(req.query);
    if (!common.success) issues.push(...issuesOf(common.error));
    if (!specific.success) issues.push(...issuesOf(specific.error));
    if (!common.success || !specific.success || issues.length > 0) throw invalidRequest(issues);
    return { common: common.data, specific: specific.data };
  };
}

/**
 * Who may read, and the ETag's revision. For the latest state from the maintained models both come from
 * them (the revision the answer reflects, never a newer one); a programme they do not hold yet, and every
 * as-of read, asks the ledger and the store.
 */
async function scopeOf(
  deps: RouteDeps,
  principal: Principal,
  scope: 'programme' | 'municipality',
  id: string,
  latest: boolean,
  asked: string | undefined,
): Promise<{ municipality: string; revision: number; programmeKey: string }> {
  const models = latest ? deps.reads?.models : undefined;
  if (scope === 'programme') {
    // An as-of read takes its revision from the store, but which municipalities use the id still comes
    // from the maintained models: otherwise an admin's as-of read lists every stream of the store.
    const held = heldIn(deps.reads?.models);
    return accessibleProgramme(deps.grip, principal, id, asked, latest ? held : held && holdersOnly(held));
  }
  const municipality = accessibleMunicipality(principal, id);
  if (models) return { municipality, revision: models.municipality(municipality)?.revision ?? -1, programmeKey: id };
  const revision = (await deps.grip.store.streamRevision(municipalityStreamId(municipality))) ?? -1;
  return { municipality, revision, programmeKey: id };
}

/** A projection query's failure as the HTTP problem it is (unknown programme or moment). */
export function translateQueryError(error: unknown, id: string): unknown {
  if (error instanceof ProgrammeNotFoundError) return programmeNotFound(id);
  if (error instanceof UnknownMomentError)
    return httpProblem('UNKNOWN_PC_MOMENT', error.message, { issues: [{ path: 'asOf', message: error.message }] });
  // The request's own asOf is checked before; this is a stated total's knownAt recorded before commands checked it.
  if (error instanceof InvalidAsOfError)
    return httpProblem('INVALID_REQUEST', `a stated total's knownAt cannot be placed in time: ${error.message}`);
  return error;
}

type Export = { format: 'csv' | 'xlsx'; table: Table; locale: CsvLocale; filename: string };

/**
 * Every answer carries its manifest: Grip-Anchor names the ledger head it was computed at (taken after
 * the view, so it holds every event the view reflects) and Repr-Digest (RFC 9530) the body's sha256. A
 * CSV export also carries both in its last line, so a saved file can be checked with grip verify --export.
 */
async function send(res: Response, exported: Export | null, view: unknown, anchor: string): Promise<void> {
  const { body, digest } =
    exported === null
      ? jsonOf(view)
      : withDigest(
          exported.format === 'xlsx'
            ? await toXlsx(exported.table, exported.filename, anchor)
            : csvWithManifest(toCsv(exported.table, exported.locale), anchor),
        );
  res.setHeader('Grip-Anchor', anchor);
  res.setHeader('Repr-Digest', `sha-256=:${digest}:`);
  if (!exported) {
    res.type('application/json; charset=utf-8').send(body);
    return;
  }
  const { format, filename } = exported;
  res.setHeader('Content-Disposition', `attachment; filename="${filename}.${format}"`);
  if (format === 'xlsx') res.type(XLSX_CONTENT_TYPE).send(body);
  else res.type('text/csv; charset=utf-8; header=present').send(body);
}

const withDigest = <B extends string | Buffer>(body: B) => ({
  body,
  digest: createHash('sha256').update(body).digest('base64'),
});

/**
 * A view's JSON and its digest, once per view object: a route that answers the same (kept, never changed)
 * view object again, such as a diff asked again at the same stream revision, serialises it once.
 */
const serialised = new WeakMap<object, { body: string; digest: string }>();
function jsonOf(view: unknown): { body: string; digest: string } {
  if (typeof view !== 'object' || view === null) return withDigest(JSON.stringify(view));
  let held = serialised.get(view);
  if (!held) serialised.set(view, (held = withDigest(JSON.stringify(view))));
  return held;
}

/** A projection read: authorised per municipality, `asOf` for "as known at", JSON, CSV or XLSX. */
export function queryRoute<S extends z.ZodRawShape, V>(spec: QueryRouteSpec<S, V>, deps: RouteDeps): Operation {
  const idParam = spec.scope === 'programme' ? 'programmeId' : 'code';
  const parseQuery = queryParser({ ...(spec.query ?? ({} as S)), ...programmeQuery(spec.scope) });
  return {
    method: 'get',
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description !== undefined && { description: spec.description }),
    tag: spec.tag,
    access: spec.access,
    query: z.object({ ...projectionQueryShape, ...(spec.query ?? {}), ...programmeQuery(spec.scope) }),
    csv: true,
    reads: true,
    responses: {
      200: {
        description: 'The projection. ETag: the stream revision.',
        ...(spec.schema && { schema: spec.schema }),
        ...(spec.example !== undefined && { example: spec.example }),
        contentTypes: ['application/json', 'text/csv', XLSX_CONTENT_TYPE],
      },
      ...problemResponses(400, 401, 403, 404, 429, 503),
    },
    handler: async (req, res) => {
      const principal = principalOf(res);
      const params = Object.fromEntries(Object.entries(req.params).map(([k, v]) => [k, String(v)]));
      const id = params[idParam]!;
      // Revision before reading: if a write lands meanwhile the ETag is older than the body, never newer.
      const latest = req.query['asOf'] === undefined;
      const asked = spec.scope === 'programme' ? askedMunicipality(req) : undefined;
      const { municipality, revision, programmeKey } = await scopeOf(deps, principal, spec.scope, id, latest, asked);
      const { common, specific } = parseQuery(req);
      const format = formatOf(req, common.format);
      if (format !== 'json' && !roleAtLeast(principal.role, 'controller'))
        throw httpProblem('FORBIDDEN', 'CSV and XLSX exports need the controller role');
      const asOf = common.asOf;
      const asOfText = typeof req.query['asOf'] === 'string' ? req.query['asOf'] : null;
      const context = { deps, principal, params, id, programmeKey, municipality, asOf, asOfText, query: specific };
      const view = await spec.run(context).catch((e: unknown) => {
        throw translateQueryError(e, id);
      });
      const anchor = exportAnchor(await deps.grip.ledgerHead.current(), deps.grip.clock.now());
      if (spec.etag !== false) res.setHeader('ETag', etagOf(revision));
      res.vary('Accept');
      await send(
        res,
        format === 'json'
          ? null
          : { format, table: spec.table(view), locale: common.locale ?? 'plain', filename: spec.filename(id) },
        view,
        anchor,
      );
    },
  };
}
