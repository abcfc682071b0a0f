import { commandRoute } from '../routing/command-route.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

export const costRoutes = (deps: RouteDeps): Operation[] => [
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/costs/commitments`,
      operationId: 'commitCost',
      summary: 'Budget or commit a cost (lasten) for a year',
      tag: 'Costs',
      command: 'CommitCost',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/costs/realisations`,
      operationId: 'realiseCost',
      summary: 'Report a cost actually incurred in a year',
      tag: 'Costs',
      command: 'RealiseCost',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
];
