import { auditTable } from '../../export/projection-tables.js';
import { objectSchema } from '../openapi/response-schemas.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { queryRoute } from '../routing/query-route.js';

const entries = objectSchema(
  '{ asOf, entries: [{ eventId, type, actor, recordedAt, businessYear, businessDate, measureId, reason, source, decisionId, corrects, correctedBy, data }] }',
);
const tag = 'Audit trail';

/** Who recorded what, when and why: controller and up. */
export function auditRoutes(deps: RouteDeps): Operation[] {
  const { queries } = deps;
  return [
    queryRoute(
      {
        path: `${API_PREFIX}/programmes/:programmeId/audit`,
        operationId: 'getProgrammeAudit',
        summary: 'Every event of a programme with actor, transaction time, business time and reason',
        tag,
        access: 'controller',
        scope: 'programme',
        schema: entries,
        run: async ({ id, programmeKey, asOf, asOfText }) => ({
          programmeId: id,
          asOf: asOfText,
          entries: await queries.auditTrail(programmeKey, asOf ? { asOf } : {}),
        }),
        table: (view) => auditTable(view.entries),
        filename: (id) => `audit-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${API_PREFIX}/programmes/:programmeId/measures/:measureId/audit`,
        operationId: 'getMeasureAudit',
        summary: 'The events about one measure',
        tag,
        access: 'controller',
        scope: 'programme',
        schema: entries,
        run: async ({ id, programmeKey, asOf, asOfText, params }) => {
          const measureId = params['measureId']!;
          return {
            programmeId: id,
            measureId,
            asOf: asOfText,
            entries: await queries.auditTrail(programmeKey, { measureId, ...(asOf && { asOf }) }),
          };
        },
        table: (view) => auditTable(view.entries),
        filename: (id) => `audit-${id}-measure`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${API_PREFIX}/municipalities/:code/audit`,
        operationId: 'getMunicipalityAudit',
        summary: "Every event of a municipality's own stream (income, expenditure, moments, totals)",
        tag,
        access: 'controller',
        scope: 'municipality',
        schema: entries,
        run: async ({ id, asOf, asOfText }) => ({
          municipality: id,
          asOf: asOfText,
          entries: await queries.municipalityAuditTrail(id, asOf),
        }),
        table: (view) => auditTable(view.entries),
        filename: (id) => `audit-${id}`,
      },
      deps,
    ),
  ];
}
