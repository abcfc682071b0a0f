import { commandRoute } from '../routing/command-route.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

export const targetRoutes = (deps: RouteDeps): Operation[] => [
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/targets`,
      operationId: 'setTarget',
      summary: 'Set a savings target (taakstelling), programme- or domain-wide',
      tag: 'Targets',
      command: 'SetTarget',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/targets/:targetId/revisions`,
      operationId: 'reviseTarget',
      summary: "Revise a target's amount or timing on a later decision",
      tag: 'Targets',
      command: 'ReviseTarget',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
];
