import { principalOf } from '../auth/middleware.js';
import { etagOf } from '../conditional/etag.js';
import { objectSchema, problemResponses } from '../openapi/response-schemas.js';
import { commandRoute, type CommandRouteSpec } from '../routing/command-route.js';
import { accessibleMunicipality } from '../routing/command-target.js';
import { rejectQuery } from '../validation/no-query.js';
import { loadMoments } from '../views/moments.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

const base = `${API_PREFIX}/municipalities/:code`;

/** What a municipality records outside any programme: rijksinkomsten, expenditure and P&C moments. */
export function municipalityRecordRoutes(deps: RouteDeps): Operation[] {
  const command = (spec: Omit<CommandRouteSpec, 'target' | 'method' | 'ifMatch'>) =>
    commandRoute({ ...spec, method: 'post', target: 'municipality', ifMatch: 'optional' }, deps);
  return [
    command({
      path: `${base}/income`,
      operationId: 'recordIncome',
      summary: 'Record income attributable to the social domain',
      tag: 'Income and expenditure',
      command: 'RecordIncome',
    }),
    command({
      path: `${base}/expenditure`,
      operationId: 'recordExpenditure',
      summary: 'Record expenditure on a taakveld, or allocated overhead',
      tag: 'Income and expenditure',
      command: 'RecordExpenditure',
    }),
    command({
      path: `${base}/pc-moments`,
      operationId: 'recordPcMoment',
      summary: 'Name a P&C moment (begroting, berap, jaarrekening) for as-of reports',
      tag: 'P&C moments',
      command: 'RecordPcMoment',
    }),
    {
      method: 'get',
      path: `${base}/pc-moments`,
      operationId: 'listPcMoments',
      summary: 'The P&C moments recorded for a municipality',
      tag: 'P&C moments',
      access: 'viewer',
      responses: {
        200: {
          description: '{ municipality, moments: [{ name, kind, year, at, label }] }. ETag: stream revision.',
          schema: objectSchema('moments'),
        },
        ...problemResponses(401, 404),
      },
      handler: async (req, res) => {
        const code = accessibleMunicipality(principalOf(res), String(req.params['code']));
        rejectQuery(req);
        const { revision, moments } = await loadMoments(deps.grip.store, code);
        res.setHeader('ETag', etagOf(revision)).json({ municipality: code, moments });
      },
    },
  ];
}
