import { principalOf } from '../auth/middleware.js';
import { etagOf } from '../conditional/etag.js';
import { objectSchema, problemResponses } from '../openapi/response-schemas.js';
import { commandRoute } from '../routing/command-route.js';
import { z } from 'zod';
import { invalidRequest } from '../problem/http-problem.js';
import {
  accessibleProgramme,
  askedMunicipality,
  heldIn,
  municipalityQuerySchema,
} from '../routing/programme-access.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { asOfSchema } from '../routing/query-params.js';
import { translateQueryError } from '../routing/query-route.js';
import { minPositionSchema } from '../operation/read-position-headers.js';
import { issuesOf } from '../validation/zod-issues.js';
import { measureView } from '../views/programme-view.js';

const base = `${API_PREFIX}/programmes/:programmeId/measures`;
const listQuery = z.strictObject({
  asOf: asOfSchema.optional(),
  minPosition: minPositionSchema.optional(),
  municipality: municipalityQuerySchema.optional(),
});
const notFoundAs = (programmeId: string) => (error: unknown) => {
  throw translateQueryError(error, programmeId);
};

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
      query: listQuery,
      reads: true,
      responses: {
        200: {
          description: 'Measures in registration order. ETag: stream revision.',
          schema: objectSchema('{ programmeId, asOf, measures: [...] }'),
        },
        ...problemResponses(400, 401, 404, 503),
      },
      handler: async (req, res) => {
        const programmeId = String(req.params['programmeId']);
        const models = deps.reads?.models;
        const { revision, programmeKey } = await accessibleProgramme(
          deps.grip,
          principalOf(res),
          programmeId,
          askedMunicipality(req),
          heldIn(models),
        );
        const query = listQuery.safeParse(req.query);
        if (!query.success) throw invalidRequest(issuesOf(query.error));
        const { asOf } = query.data;
        // The latest state from the maintained model (and its revision), or the programme as known at asOf.
        const held = asOf === undefined ? models?.programme(programmeKey) : undefined;
        const model = held?.model ?? (await deps.queries.programme(programmeKey, asOf).catch(notFoundAs(programmeId)));
        res.setHeader('ETag', etagOf(held?.revision ?? revision)).json({
          programmeId,
          asOf: typeof req.query['asOf'] === 'string' ? req.query['asOf'] : null,
          measures: model.measures.map(measureView),
        });
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
