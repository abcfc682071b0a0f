import { commandRoute } from '../routing/command-route.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';

/** Totals as printed in a source document, kept for reconciliation; the ledger never adjusts them. */
export const statedTotalRoutes = (deps: RouteDeps): Operation[] => [
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/programmes/:programmeId/stated-totals`,
      operationId: 'recordProgrammeStatedTotal',
      summary: 'Record a total as printed in a programme document',
      tag: 'Stated totals',
      command: 'RecordProgrammeStatedTotal',
      target: 'programme',
      ifMatch: 'optional',
    },
    deps,
  ),
  commandRoute(
    {
      method: 'post',
      path: `${API_PREFIX}/municipalities/:code/stated-totals`,
      operationId: 'recordMunicipalityStatedTotal',
      summary: 'Record a total as printed in a municipal document (income, expenditure, saldo)',
      tag: 'Stated totals',
      command: 'RecordMunicipalityStatedTotal',
      target: 'municipality',
      ifMatch: 'optional',
    },
    deps,
  ),
];
