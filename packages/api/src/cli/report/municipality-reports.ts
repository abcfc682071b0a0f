import { budgetYearOf } from '@grip/ledger';
import type { AsOf, FiscalBalance, ProjectionQueries } from '@grip/projections';
import { fiscalYear } from '../../export/fiscal-year.js';
import { fiscalBalanceTable } from '../../export/projection-tables.js';
import { describeAsOf } from './as-of.js';
import { auditReport, reconciliationReport } from './programme-reports.js';
import type { Report } from './report-types.js';

type Query = { readonly queries: ProjectionQueries; readonly municipality: string; readonly asOf?: AsOf };

/** Years to look at when none are asked for: Iv3 data starts in 2017; a few years of ramingen ahead. */
const DEFAULT_FIRST_YEAR = 2015;
const YEARS_AHEAD = 6;

export async function fiscalBalanceReport(
  { queries, municipality, asOf }: Query,
  years: { from: number; to: number } | undefined,
  now: Date,
): Promise<Report> {
  const from = years?.from ?? DEFAULT_FIRST_YEAR;
  const to = years?.to ?? budgetYearOf(now) + YEARS_AHEAD;
  const balances: FiscalBalance[] = [];
  for (let year = from; year <= to; year++) {
    const balance = await queries.fiscalBalance(municipality, year, asOf);
    // Without an explicit range, only years with recorded figures are shown.
    if (years || balance.basis !== 'none') balances.push(balance);
  }
  return {
    title: `Fiscal balance of ${municipality} (as of ${describeAsOf(asOf)})`,
    table: fiscalBalanceTable(balances.map(fiscalYear)),
    json: { municipality, asOf: describeAsOf(asOf), years: balances },
  };
}

export async function municipalityAuditReport({ queries, municipality, asOf }: Query): Promise<Report> {
  return auditReport(
    `Audit trail of ${municipality} (as of ${describeAsOf(asOf)})`,
    await queries.municipalityAuditTrail(municipality, asOf),
  );
}

export async function municipalityReconciliationReport(
  { queries, municipality, asOf }: Query,
  compareAt?: AsOf,
): Promise<Report> {
  const compared = compareAt ? `, totals compared as known at ${describeAsOf(compareAt)}` : '';
  return reconciliationReport(
    `Reconciliation of ${municipality} (as of ${describeAsOf(asOf)}${compared})`,
    await queries.reconcileMunicipality(municipality, asOf, compareAt ? { compareAt } : {}),
  );
}
