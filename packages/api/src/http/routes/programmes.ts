import { listProgrammeIds, municipalityCodeSchema } from '@grip/ledger';
import { z } from 'zod';
import { assertMayAccess, principalOf } from '../auth/middleware.js';
import { mayAccess } from '../../auth/principal.js';
import { etagOf } from '../conditional/etag.js';
import { objectSchema, problemResponses, programmeListSchema } from '../openapi/response-schemas.js';
import { invalidRequest } from '../problem/http-problem.js';
import { commandRoute } from '../routing/command-route.js';
import { accessibleProgramme, programmeNotFound } from '../routing/command-target.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { asOfSchema } from '../routing/query-params.js';
import { translateQueryError } from '../routing/query-route.js';
import { minPositionSchema } from '../operation/read-position-headers.js';
import { listFromIndex } from '../views/programme-index.js';
import { issuesOf } from '../validation/zod-issues.js';
import { loadProgrammeModel, programmeDetail, programmeSummary } from '../views/programme-view.js';

const listQuery = z.strictObject({
  municipality: municipalityCodeSchema.optional(),
  minPosition: minPositionSchema.optional(),
});
const detailQuery = z.strictObject({ asOf: asOfSchema.optional(), minPosition: minPositionSchema.optional() });

export function programmeRoutes(deps: RouteDeps): Operation[] {
  const { store } = deps.grip;
  return [
    {
      method: 'get',
      path: `${API_PREFIX}/programmes`,
      operationId: 'listProgrammes',
      summary: 'List the programmes the key may see',
      tag: 'Programmes',
      access: 'viewer',
      query: listQuery,
      reads: true,
      responses: {
        200: { description: 'Programmes in id order', schema: programmeListSchema },
        ...problemResponses(400, 401, 503),
      },
      handler: async (req, res) => {
        const principal = principalOf(res);
        const query = listQuery.safeParse(req.query);
        if (!query.success) throw invalidRequest(issuesOf(query.error));
        if (deps.reads) {
          res.json({ programmes: listFromIndex(deps.reads.models, principal, query.data.municipality) });
          return;
        }
        const programmes = [];
        for (const id of await listProgrammeIds(store)) {
          const loaded = await loadProgrammeModel(store, id);
          if (!loaded || !mayAccess(principal, loaded.model.municipality)) continue;
          if (query.data.municipality !== undefined && loaded.model.municipality !== query.data.municipality) continue;
          programmes.push(programmeSummary(loaded.model, loaded.revision));
        }
        res.json({ programmes });
      },
    },
    commandRoute(
      {
        method: 'post',
        path: `${API_PREFIX}/programmes`,
        operationId: 'openProgramme',
        summary: 'Open a savings programme',
        description: 'OpenProgramme. `municipality` may be left out when the key covers exactly one municipality.',
        tag: 'Programmes',
        command: 'OpenProgramme',
        target: 'new-programme',
        ifMatch: 'optional',
      },
      deps,
    ),
    {
      method: 'get',
      path: `${API_PREFIX}/programmes/:programmeId`,
      operationId: 'getProgramme',
      summary: 'One programme with its domains, categories, targets, phasing and measures',
      description:
        'With `asOf`, the programme as known then (measures with their RAG and lifecycle of that moment); no ETag, since only the present can be written on.',
      tag: 'Programmes',
      access: 'viewer',
      query: detailQuery,
      reads: true,
      responses: {
        200: {
          description: 'The programme as now in force (or as known at `asOf`). ETag: stream revision, without `asOf`.',
          schema: objectSchema('programme detail'),
        },
        ...problemResponses(400, 401, 404, 503),
      },
      handler: async (req, res) => {
        const programmeId = String(req.params['programmeId']);
        const held = deps.reads?.models.programme(programmeId);
        if (held) assertMayAccess(principalOf(res), held.model.municipality, () => programmeNotFound(programmeId));
        else await accessibleProgramme(deps.grip, principalOf(res), programmeId);
        const query = detailQuery.safeParse(req.query);
        if (!query.success) throw invalidRequest(issuesOf(query.error));
        const { asOf } = query.data;
        if (asOf) {
          const model = await deps.queries.programme(programmeId, asOf).catch((e: unknown) => {
            throw translateQueryError(e, programmeId);
          });
          const { revision: _now, ...detail } = programmeDetail(model, -1);
          res.json({ ...detail, asOf: req.query['asOf'] });
          return;
        }
        const loaded = held ?? (await loadProgrammeModel(store, programmeId));
        if (!loaded) throw programmeNotFound(programmeId);
        res.setHeader('ETag', etagOf(loaded.revision)).json(programmeDetail(loaded.model, loaded.revision));
      },
    },
    commandRoute(
      {
        method: 'put',
        path: `${API_PREFIX}/programmes/:programmeId/plan`,
        operationId: 'reviseProgrammePlan',
        summary: "Replace the programme's own phasing (jaarschijven)",
        tag: 'Plans',
        command: 'ReviseProgrammePlan',
        target: 'programme',
        ifMatch: 'required',
      },
      deps,
    ),
  ];
}
