import { responseSchema } from '../openapi/json-schema.js';
import {
  domainTotalsResponse,
  measureReportResponse,
  programmeDiffResponse,
  programmeReconciliationResponse,
  programmeResultResponse,
} from '../openapi/projection-schemas.js';
import { yearSlicesExample, yearSlicesResponse } from '../openapi/year-slice-schema.js';
import type { AsOf, ProgrammeDiff } from '@grip/projections';
import {
  domainTotalsTable,
  diffTable,
  measureReportTable,
  reconciliationTable,
  resultTable,
  yearSlicesTable,
} from '../../export/projection-tables.js';
import { API_PREFIX, type Operation, type RouteDeps } from '../operation/operation.js';
import { asOfSchema, yearParam } from '../routing/query-params.js';
import { queryRoute } from '../routing/query-route.js';
import { assertMomentsKnown } from '../views/moments.js';

const base = `${API_PREFIX}/programmes/:programmeId`;

/**
 * The diff's answer, one object per diff and moments asked: the projections keep a diff per stream revision,
 * and the same answer object lets the route serialise it once (query-route.ts) instead of per request.
 */
const answers = new WeakMap<ProgrammeDiff, Map<string, ProgrammeDiff & { from: AsOf; to: AsOf | null }>>();
function answerOf(diff: ProgrammeDiff, from: AsOf, to: AsOf | null) {
  let byMoments = answers.get(diff);
  if (!byMoments) answers.set(diff, (byMoments = new Map<string, ProgrammeDiff & { from: AsOf; to: AsOf | null }>()));
  const key = JSON.stringify([from, to]);
  let answer = byMoments.get(key);
  if (!answer) byMoments.set(key, (answer = { ...diff, from, to }));
  return answer;
}
const tag = 'Programme reports';

export function programmeProjectionRoutes(deps: RouteDeps): Operation[] {
  const { queries } = deps;
  return [
    queryRoute(
      {
        path: `${base}/year-slices`,
        operationId: 'getYearSlices',
        summary: 'Jaarschijven: planned, realised, costs, net, target and gap per budget year',
        tag,
        access: 'viewer',
        scope: 'programme',
        schema: responseSchema(yearSlicesResponse),
        example: yearSlicesExample,
        run: async ({ id, programmeKey, asOf, asOfText }) => ({
          programmeId: id,
          asOf: asOfText,
          years: await queries.yearSlices(programmeKey, asOf),
        }),
        table: (view) => yearSlicesTable(view.years),
        filename: (id) => `year-slices-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/domain-totals`,
        operationId: 'getDomainTotals',
        summary: 'Planned and realised per domain and per category (one year, or every year of the period)',
        tag,
        access: 'viewer',
        scope: 'programme',
        query: { year: yearParam.optional() },
        schema: responseSchema(domainTotalsResponse),
        run: async ({ id, programmeKey, asOf, asOfText, query }) => ({
          programmeId: id,
          asOf: asOfText,
          years:
            query.year === undefined
              ? await queries.domainTotalsAllYears(programmeKey, asOf)
              : [await queries.domainTotals(programmeKey, { year: query.year, ...(asOf && { asOf }) })],
        }),
        table: (view) => domainTotalsTable(view.years),
        filename: (id) => `domain-totals-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/measure-report`,
        operationId: 'getMeasureReport',
        summary: 'Per measure and year: plan, realised, variance, P.M., not attributable ("-"), over-realisation',
        description:
          'One row per measure and budget year of the period (or the year asked), with counts of P.M. items, ' +
          'not-attributable realisations, over-realised and not-reported lines. variance = realised − planned; ' +
          'overRealisation is the part above plan. Both are null where nothing was realised or it was "-". ' +
          'A measure with sub-measures (subMeasures > 0) has a row that is their sum; the counts take the other rows.',
        tag,
        access: 'viewer',
        scope: 'programme',
        query: { year: yearParam.optional() },
        schema: responseSchema(measureReportResponse),
        run: async ({ programmeKey, asOf, asOfText, query }) => ({
          asOf: asOfText,
          ...(await queries.measureReport(programmeKey, {
            ...(query.year !== undefined && { year: query.year }),
            ...(asOf && { asOf }),
          })),
        }),
        table: (view) => measureReportTable(view.rows),
        filename: (id) => `measure-report-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/result`,
        operationId: 'getProgrammeResult',
        summary:
          'Baten, lasten and net per year, structural in the final year and cumulative, measures per RAG and lifecycle',
        description:
          '`finalYear`: structural effect in the final year (structureel effect in het laatste jaar), incidental ' +
          'amounts left out. `cumulative`: every year summed (cumulatief over de periode), so a structural ' +
          'amount counts once per year it runs. Both carry their label.',
        tag,
        access: 'viewer',
        scope: 'programme',
        schema: responseSchema(programmeResultResponse),
        run: async ({ programmeKey, asOf, asOfText }) => ({
          asOf: asOfText,
          ...(await queries.programmeResult(programmeKey, asOf)),
        }),
        table: (view) => resultTable(view),
        filename: (id) => `result-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/diff`,
        operationId: 'getProgrammeDiff',
        summary: 'What changed between two moments, per figure, with the events responsible',
        description:
          '`from` is required; `to` defaults to `asOf`, or to now. Only events that changed a figure are named; ' +
          '`events` counts those recorded between the moments and how many changed no figure (left out).',
        tag,
        access: 'viewer',
        scope: 'programme',
        query: { from: asOfSchema, to: asOfSchema.optional() },
        schema: responseSchema(programmeDiffResponse),
        run: async ({ programmeKey, asOf, query, municipality, deps: { grip } }) => {
          await assertMomentsKnown(grip.store, municipality, [
            { name: 'from', asOf: query.from },
            { name: 'to', asOf: query.to },
            { name: 'asOf', asOf },
          ]);
          const head = await grip.store.headPosition();
          const to = query.to ?? asOf ?? (head === null ? { at: grip.clock.now().toISOString() } : { position: head });
          const diff = await queries.diff(programmeKey, query.from, to);
          return answerOf(diff, query.from, query.to ?? asOf ?? null);
        },
        table: (view) => diffTable(view),
        filename: (id) => `diff-${id}`,
      },
      deps,
    ),
    queryRoute(
      {
        path: `${base}/reconciliation`,
        operationId: 'getProgrammeReconciliation',
        summary: "Stated totals against the ledger's own sums, with the difference to the cent",
        tag,
        access: 'viewer',
        scope: 'programme',
        description:
          'Each total is compared as known at its own knownAt, or with compareAt as known at that one moment ' +
          '(a date-time, a date or a P&C moment); comparedAt on every line says which moment was used.',
        query: { compareAt: asOfSchema.optional() },
        schema: responseSchema(programmeReconciliationResponse),
        run: async ({ id, programmeKey, asOf, asOfText, query }) => ({
          programmeId: id,
          asOf: asOfText,
          lines: await queries.reconcileProgramme(
            programmeKey,
            asOf,
            query.compareAt ? { compareAt: query.compareAt } : {},
          ),
        }),
        table: (view) => reconciliationTable(view.lines),
        filename: (id) => `reconciliation-${id}`,
      },
      deps,
    ),
  ];
}
