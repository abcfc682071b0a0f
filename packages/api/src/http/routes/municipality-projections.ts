import { fiscalBalanceTable, reconciliationTable } from '../../export/projection-tables.js';
import { responseSchema } from '../openapi/json-schema.js';
import { fiscalBalanceResponse, municipalityReconciliationResponse } from '../openapi/projection-schemas.js';
import { invalidRequest } from '../problem/http-problem.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { asOfSchema, yearParam } from '../routing/query-params.js';
import { queryRoute } from '../routing/query-route.js';
import { fiscalYear } from '../../export/fiscal-year.js';

const base = `${API_PREFIX}/municipalities/:code`;
const MAX_YEARS = 50;

export function municipalityProjectionRoutes(deps: RouteDeps): Operation[] {
  const { queries } = deps;
  return [
    queryRoute(
      {
        path: `${base}/fiscal-balance`,
        operationId: 'getFiscalBalance',
        summary: 'Income, expenditure and saldo per year (Bijlage 7), with planned structural savings',
        description: 'No ETag: the balance reads the municipality stream and every programme of the municipality.',
        tag: 'Municipality reports',
        access: 'viewer',
        scope: 'municipality',
        query: { from: yearParam, to: yearParam },
        schema: responseSchema(fiscalBalanceResponse),
        etag: false,
        run: async ({ id, asOf, asOfText, query }) => {
          if (query.to < query.from || query.to - query.from >= MAX_YEARS) {
            throw invalidRequest([{ path: 'to', message: `from ≤ to, at most ${MAX_YEARS} years` }]);
          }
          const years = [];
          for (let year = query.from; year <= query.to; year++)
            years.push(fiscalYear(await queries.fiscalBalance(id, year, asOf)));
          return { municipality: id, asOf: asOfText, from: query.from, to: query.to, years };
        },
        table: (view) => fiscalBalanceTable(view.years),
        filename: (id) => `fiscal-balance-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/reconciliation`,
        operationId: 'getMunicipalityReconciliation',
        summary: "Stated municipal totals (e.g. Tabel 7's saldo) against the ledger's own sums",
        tag: 'Municipality reports',
        access: 'viewer',
        scope: 'municipality',
        description: 'compareAt: compare every total as known at that moment; comparedAt on each line says which.',
        query: { compareAt: asOfSchema.optional() },
        schema: responseSchema(municipalityReconciliationResponse),
        run: async ({ id, asOf, asOfText, query }) => ({
          municipality: id,
          asOf: asOfText,
          lines: await queries.reconcileMunicipality(id, asOf, query.compareAt ? { compareAt: query.compareAt } : {}),
        }),
        table: (view) => reconciliationTable(view.lines),
        filename: (id) => `reconciliation-${id}`,
      },
      deps,
    ),
  ];
}
