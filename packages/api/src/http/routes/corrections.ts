import { commandRoute } from '../routing/command-route.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

const why =
  'Nothing is overwritten: a correction is a new event naming the event it corrects. If-Match is required, so a correction is always made against the state the client saw.';

export const correctionRoutes = (deps: RouteDeps): Operation[] => [
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/corrections`,
      operationId: 'correctProgrammeEntry',
      summary: 'Correct an entry of a programme',
      description: why,
      tag: 'Corrections',
      command: 'CorrectProgrammeEntry',
      target: 'programme',
      ifMatch: 'required',
    },
    deps,
  ),
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/municipalities/:code/corrections`,
      operationId: 'correctMunicipalityEntry',
      summary: "Correct an entry of a municipality's stream",
      description: why,
      tag: 'Corrections',
      command: 'CorrectMunicipalityEntry',
      target: 'municipality',
      ifMatch: 'required',
    },
    deps,
  ),
];
