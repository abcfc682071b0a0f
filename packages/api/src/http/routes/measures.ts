import { principalOf } from '../auth/middleware.js';
import { etagOf } from '../conditional/etag.js';
import { objectSchema, problemResponses } from '../openapi/response-schemas.js';
import { commandRoute } from '../routing/command-route.js';
import { accessibleProgramme, programmeNotFound } from '../routing/command-target.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { z } from 'zod';
import { invalidRequest } from '../problem/http-problem.js';
import { asOfSchema } from '../routing/query-params.js';
import { translateQueryError } from '../routing/query-route.js';
import { issuesOf } from '../validation/zod-issues.js';
import { loadProgrammeModel, measureView } from '../views/programme-view.js';

const base = `${API_PREFIX}/programmes/:programmeId/measures`;
/** Only asOf; anything else is refused like an unknown body field. */
const measuresQuery = z.strictObject({ asOf: asOfSchema.optional() });

export function measureRoutes(deps: RouteDeps): Operation[] {
  const command = (spec: Omit<Parameters<typeof commandRoute>[0], 'target' | 'tag'>) =>
    commandRoute({ ...spec, target: 'programme', tag: 'Measures' }, deps);
  return [
    {
      method: 'get',
      path: base,
      operationId: 'listMeasures',
      summary: 'The measures of a programme with plan, status and realised savings (asOf: as known then)',
      tag: 'Measures',
      access: 'viewer',
      query: measuresQuery,
      responses: {
        200: {
          description: 'Measures in registration order. ETag: stream revision.',
          schema: objectSchema('{ programmeId, measures: [...] }'),
        },
        ...problemResponses(401, 404),
      },
      handler: async (req, res) => {
        const programmeId = String(req.params['programmeId']);
        const query = measuresQuery.safeParse(req.query);
        if (!query.success) throw invalidRequest(issuesOf(query.error));
        await accessibleProgramme(deps.grip, principalOf(res), programmeId);
        const { asOf } = query.data;
        if (asOf !== undefined) {
          const model = await deps.queries.programme(programmeId, asOf).catch((e: unknown) => {
            throw translateQueryError(e, programmeId);
          });
          res.json({ programmeId, asOf: req.query['asOf'], measures: model.measures.map(measureView) });
          return;
        }
        const loaded = await loadProgrammeModel(deps.grip.store, programmeId);
        if (!loaded) throw programmeNotFound(programmeId);
        res
          .setHeader('ETag', etagOf(loaded.revision))
          .json({ programmeId, measures: loaded.model.measures.map(measureView) });
      },
    },
    command({
      method: 'post',
      path: base,
      operationId: 'registerMeasure',
      summary: 'Register a measure (maatregel, businesscase)',
      command: 'RegisterMeasure',
      ifMatch: 'optional',
    }),
    command({
      method: 'put',
      path: `${base}/:measureId/plan`,
      operationId: 'reviseMeasurePlan',
      summary: "Replace a measure's planned savings per year, on a decision",
      command: 'ReviseMeasurePlan',
      ifMatch: 'required',
    }),
    command({
      method: 'post',
      path: `${base}/:measureId/status`,
      operationId: 'changeMeasureStatus',
      summary: 'Record a RAG colour and/or lifecycle change',
      command: 'ChangeMeasureStatus',
      ifMatch: 'optional',
    }),
    command({
      method: 'post',
      path: `${base}/:measureId/realisations`,
      operationId: 'realiseSaving',
      summary: 'Report the realised saving of a year (an amount, or "-" for not attributable)',
      command: 'RealiseSaving',
      ifMatch: 'optional',
    }),
  ];
}
