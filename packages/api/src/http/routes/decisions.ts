import { commandRoute } from '../routing/command-route.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

export const decisionRoutes = (deps: RouteDeps): Operation[] => [
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/decisions`,
      operationId: 'recordDecision',
      summary: 'Record a decision (besluit) of raad, college or stuurgroep',
      tag: 'Decisions',
      command: 'RecordDecision',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
];
