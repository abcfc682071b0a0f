import type { DomainTotals } from '../views/domain-totals.js';
import type { FiscalBalance } from '../views/fiscal-balance.js';
import type { ProgrammeResult } from '../views/programme-result.js';
import type { YearSlice } from '../views/year-slices.js';
import type { ReadModelDb } from './schema.js';

export type MeasureRow = {
  readonly programmeId: string;
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly domain: string;
  readonly category: string;
  readonly owner: string;
  readonly rag: string | null;
  readonly lifecycle: string | null;
};

export type ReadModels = ReturnType<typeof createReadModels>;

const bodies = <T>(rows: Array<{ body: string }>): T[] => rows.map((r) => JSON.parse(r.body) as T);

/** The latest read models as the runner committed them (for as-of, use createProjectionQueries). */
export function createReadModels(db: ReadModelDb) {
  return {
    yearSlices: (programmeId: string): YearSlice[] =>
      bodies(
        db.prepare('SELECT body FROM rm_year_slice WHERE programme_id = ? ORDER BY year').all(programmeId) as Array<{
          body: string;
        }>,
      ),
    domainTotals: (programmeId: string): DomainTotals[] =>
      bodies(
        db.prepare('SELECT body FROM rm_domain_total WHERE programme_id = ? ORDER BY year').all(programmeId) as Array<{
          body: string;
        }>,
      ),
    programmeResult: (programmeId: string): ProgrammeResult | null =>
      bodies<ProgrammeResult>(
        db.prepare('SELECT body FROM rm_programme_result WHERE programme_id = ?').all(programmeId) as Array<{
          body: string;
        }>,
      )[0] ?? null,
    fiscalBalances: (municipality: string): FiscalBalance[] =>
      bodies(
        db
          .prepare('SELECT body FROM rm_fiscal_balance WHERE municipality = ? ORDER BY year')
          .all(municipality) as Array<{ body: string }>,
      ),
    measures: (programmeId: string): MeasureRow[] =>
      db
        .prepare(
          'SELECT programme_id AS programmeId, measure_id AS measureId, code, title, domain, category, owner, rag, lifecycle FROM rm_measure WHERE programme_id = ? ORDER BY measure_id',
        )
        .all(programmeId) as MeasureRow[],
  };
}
