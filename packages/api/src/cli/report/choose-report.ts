import type { AsOf, ProjectionQueries } from '@grip/projections';
import { usageError } from '../cli-error.js';
import {
  fiscalBalanceReport,
  municipalityAuditReport,
  municipalityReconciliationReport,
} from './municipality-reports.js';
import {
  diffReport,
  domainTotalsReport,
  measureReportView,
  programmeAuditReport,
  programmeReconciliationReport,
  resultReport,
  yearSlicesReport,
} from './programme-reports.js';
import type { Report } from './report-types.js';

export const PROJECTIONS = [
  'year-slices',
  'domain-totals',
  'measures',
  'result',
  'fiscal-balance',
  'audit',
  'diff',
  'reconciliation',
] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];

export type ReportRequest = {
  readonly projection: ProjectionName;
  readonly programmeId?: string;
  /** The programme's key, resolved from programmeId (and municipality) by resolveReportProgramme. */
  readonly programmeKey?: string;
  readonly municipality?: string;
  readonly asOf?: AsOf;
  readonly from?: AsOf;
  readonly to?: AsOf;
  /** reconciliation: compare every stated total as known at this moment instead of its knownAt. */
  readonly compareAt?: AsOf;
  readonly year?: number;
  readonly years?: { from: number; to: number };
};

const needProgramme = (r: ReportRequest): { programmeId: string; programmeKey: string } => {
  if (!r.programmeId) throw usageError(`report ${r.projection} needs --programme <id>`);
  return { programmeId: r.programmeId, programmeKey: r.programmeKey ?? r.programmeId };
};

/** Which projection answers the request; programme reports need --programme, fiscal-balance --municipality. */
export async function buildReport(queries: ProjectionQueries, r: ReportRequest, now: Date): Promise<Report> {
  const asOf = r.asOf ? { asOf: r.asOf } : {};
  switch (r.projection) {
    case 'year-slices':
      return yearSlicesReport({ queries, ...needProgramme(r), ...asOf });
    case 'domain-totals':
      return domainTotalsReport({
        queries,
        ...needProgramme(r),
        ...asOf,
        ...(r.year !== undefined && { year: r.year }),
      });
    case 'measures':
      return measureReportView({
        queries,
        ...needProgramme(r),
        ...asOf,
        ...(r.year !== undefined && { year: r.year }),
      });
    case 'result':
      return resultReport({ queries, ...needProgramme(r), ...asOf });
    case 'diff':
      if (!r.from || !r.to) throw usageError('report diff needs --from and --to (ISO date-time, date or P&C moment)');
      return diffReport(queries, needProgramme(r), r.from, r.to);
    case 'fiscal-balance':
      if (!r.municipality) throw usageError('report fiscal-balance needs --municipality <code>');
      return fiscalBalanceReport({ queries, municipality: r.municipality, ...asOf }, r.years, now);
    case 'audit':
      if (r.programmeId) return programmeAuditReport({ queries, ...needProgramme(r), ...asOf });
      if (r.municipality) return municipalityAuditReport({ queries, municipality: r.municipality, ...asOf });
      throw usageError('report audit needs --programme <id> or --municipality <code>');
    case 'reconciliation': {
      if (r.programmeId) return programmeReconciliationReport({ queries, ...needProgramme(r), ...asOf }, r.compareAt);
      if (r.municipality)
        return municipalityReconciliationReport({ queries, municipality: r.municipality, ...asOf }, r.compareAt);
      throw usageError('report reconciliation needs --programme <id> or --municipality <code>');
    }
  }
}
