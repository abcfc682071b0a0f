import type { AsOf, ProjectionQueries, ReconciliationLine } from '@grip/projections';
import {
  auditTable,
  diffTable,
  domainTotalsTable,
  measureReportTable,
  reconciliationTable,
  resultTable,
  yearSlicesTable,
} from '../../export/projection-tables.js';
import { describeAsOf } from './as-of.js';
import type { Report } from './report-types.js';

type Query = {
  readonly queries: ProjectionQueries;
  readonly programmeId: string;
  /** What the queries take: the key the programme is stored under (see @grip/ledger stream-ids). */
  readonly programmeKey: string;
  readonly asOf?: AsOf;
  readonly year?: number;
};

export async function yearSlicesReport({ queries, programmeId, programmeKey, asOf }: Query): Promise<Report> {
  const years = await queries.yearSlices(programmeKey, asOf);
  return {
    title: `Year slices of ${programmeId} (as of ${describeAsOf(asOf)})`,
    table: yearSlicesTable(years),
    json: { programmeId, asOf: describeAsOf(asOf), years },
  };
}

export async function domainTotalsReport({ queries, programmeId, programmeKey, asOf, year }: Query): Promise<Report> {
  const totals =
    year === undefined
      ? await queries.domainTotalsAllYears(programmeKey, asOf)
      : [await queries.domainTotals(programmeKey, { year, ...(asOf && { asOf }) })];
  return {
    title: `Domain totals of ${programmeId} (as of ${describeAsOf(asOf)})`,
    table: domainTotalsTable(totals),
    json: { programmeId, asOf: describeAsOf(asOf), years: totals },
  };
}

export async function measureReportView({ queries, programmeId, programmeKey, asOf, year }: Query): Promise<Report> {
  const report = await queries.measureReport(programmeKey, {
    ...(year !== undefined && { year }),
    ...(asOf && { asOf }),
  });
  const { counts } = report;
  const summary = `${counts.measures} measures; P.M. ${counts.pm}, not attributable (-) ${counts.notAttributable}, over plan ${counts.overRealised}, not reported ${counts.notReported}`;
  return {
    title: `Measures of ${programmeId} (as of ${describeAsOf(asOf)}): ${summary}`,
    table: measureReportTable(report.rows),
    json: { asOf: describeAsOf(asOf), ...report },
  };
}

export async function resultReport({ queries, programmeId, programmeKey, asOf }: Query): Promise<Report> {
  const result = await queries.programmeResult(programmeKey, asOf);
  return {
    title: `Result (baten, lasten, netto) of ${programmeId} (as of ${describeAsOf(asOf)})`,
    table: resultTable(result),
    json: { asOf: describeAsOf(asOf), ...result },
  };
}

export async function programmeAuditReport({ queries, programmeId, programmeKey, asOf }: Query): Promise<Report> {
  const entries = await queries.auditTrail(programmeKey, asOf ? { asOf } : {});
  return auditReport(`Audit trail of ${programmeId} (as of ${describeAsOf(asOf)})`, entries);
}

export function auditReport(title: string, entries: Awaited<ReturnType<ProjectionQueries['auditTrail']>>): Report {
  return { title, table: auditTable(entries), json: entries };
}

export async function diffReport(
  queries: ProjectionQueries,
  { programmeId, programmeKey }: { programmeId: string; programmeKey: string },
  from: AsOf,
  to: AsOf,
): Promise<Report> {
  const diff = await queries.diff(programmeKey, from, to);
  return {
    title:
      `Changes in ${programmeId} between ${describeAsOf(from)} and ${describeAsOf(to)}: ` +
      `${diff.events.changedFigures} of ${diff.events.recorded} events changed a figure ` +
      `(${diff.events.leftOut} that changed none left out; the audit trail keeps them)`,
    table: diffTable(diff),
    json: { from: describeAsOf(from), to: describeAsOf(to), ...diff },
  };
}

export function reconciliationReport(title: string, lines: readonly ReconciliationLine[]): Report {
  return { title, table: reconciliationTable(lines), json: lines };
}

export async function programmeReconciliationReport(
  { queries, programmeId, programmeKey, asOf }: Query,
  compareAt?: AsOf,
): Promise<Report> {
  const compared = compareAt ? `, totals compared as known at ${describeAsOf(compareAt)}` : '';
  return reconciliationReport(
    `Reconciliation of ${programmeId} (as of ${describeAsOf(asOf)}${compared})`,
    await queries.reconcileProgramme(programmeKey, asOf, compareAt ? { compareAt } : {}),
  );
}
