import type {
  AuditEntry,
  DomainTotals,
  FigureChange,
  MeasureYear,
  ProgrammeDiff,
  ProgrammeResult,
  ReconciliationLine,
  ResultFigures,
  TotalsRow,
  YearSlice,
} from '@grip/projections';
import type { FiscalYear } from './fiscal-year.js';
import { integer, money, text, toTable, yesNoColumn, type Table } from './table.js';

/**
 * Each projection flattened to one table, the only definition of its columns: the API's CSV export and
 * `grip report` (CSV: every column; terminal table: the columns given a header) both write these.
 * Column names match the JSON field names.
 */

export const yearSlicesTable = (years: readonly YearSlice[]): Table =>
  toTable<YearSlice>(
    [
      integer('year', (y) => y.year, 'year'),
      money('planned', (y) => y.planned, 'planned'),
      money('realised', (y) => y.realised, 'realised'),
      money('costs', (y) => y.costs, 'costs'),
      money('net', (y) => y.net, 'net'),
      money('target', (y) => y.target, 'target'),
      money('gap', (y) => y.gap, 'gap'),
      money('attributed', (y) => y.attributed),
      money('phasing', (y) => y.phasing),
      money('unattributed', (y) => y.unattributed, 'unattributed'),
      money('realisedCosts', (y) => y.realisedCosts),
      money('realisedNet', (y) => y.realisedNet),
      integer('pmCount', (y) => y.pmCount, 'pm'),
      integer('notAttributableCount', (y) => y.notAttributableCount, 'not attr. (-)'),
    ],
    years,
  );

type TotalsLine = TotalsRow & { year: number; kind: 'domain' | 'category' };

export const domainTotalsTable = (totals: readonly DomainTotals[]): Table =>
  toTable<TotalsLine>(
    [
      integer('year', (r) => r.year, 'year'),
      text('kind', (r) => r.kind, 'kind'),
      text('code', (r) => r.code, 'code'),
      text('name', (r) => r.name, 'name'),
      money('planned', (r) => r.planned, 'planned'),
      money('realised', (r) => r.realised, 'realised'),
      integer('pmCount', (r) => r.pmCount, 'pm'),
      integer('notAttributableCount', (r) => r.notAttributableCount),
      integer('measureCount', (r) => r.measureCount, 'measures'),
    ],
    totals.flatMap((t) => [
      ...t.domains.map((r) => ({ ...r, year: t.year, kind: 'domain' as const })),
      ...t.categories.map((r) => ({ ...r, year: t.year, kind: 'category' as const })),
    ]),
  );

type ResultLine = ResultFigures & { year: string; basis: string };

/** Per-year rows are year slices; the two totals say what they are, so neither is read as the other. */
const YEAR_SLICE_BASIS = 'year slice (jaarschijf)';

export const resultTable = (result: ProgrammeResult): Table =>
  toTable<ResultLine>(
    [
      text('year', (r) => r.year, 'year'),
      text('basis', (r) => r.basis, 'basis'),
      money('planned', (r) => r.planned, 'baten'),
      money('costs', (r) => r.costs, 'lasten'),
      money('net', (r) => r.net, 'netto'),
      money('realised', (r) => r.realised, 'realised'),
      money('realisedCosts', (r) => r.realisedCosts, 'realised costs'),
      money('realisedNet', (r) => r.realisedNet, 'realised net'),
    ],
    [
      ...result.perYear.map((y) => ({ ...y, year: String(y.year), basis: YEAR_SLICE_BASIS })),
      { ...result.finalYear, year: String(result.finalYear.year), basis: result.finalYear.label },
      {
        ...result.cumulative,
        year: `${result.cumulative.firstYear}-${result.cumulative.lastYear}`,
        basis: result.cumulative.label,
      },
    ],
  );

export const auditTable = (entries: readonly AuditEntry[]): Table =>
  toTable<AuditEntry>(
    [
      text('recordedAt', (e) => e.recordedAt, 'recordedAt'),
      text('eventId', (e) => e.eventId),
      text('type', (e) => e.type, 'type'),
      text('actor', (e) => e.actor, 'actor'),
      text('streamId', (e) => e.streamId),
      integer('revision', (e) => e.revision, 'rev'),
      integer('businessYear', (e) => e.businessYear, 'year'),
      text('businessDate', (e) => e.businessDate),
      text('measureId', (e) => e.measureId, 'measure'),
      text('decisionId', (e) => e.decisionId),
      text('reason', (e) => e.reason, 'reason'),
      text(
        'source',
        (e) => (e.source ? [e.source.document, e.source.location].filter(Boolean).join(' — ') : null),
        'source',
      ),
      text('corrects', (e) => e.corrects),
      text('correctedBy', (e) => e.correctedBy.join(' '), 'corrected by'),
      text('data', (e) => JSON.stringify(e.data)),
    ],
    entries,
  );

type DiffLine = FigureChange & { scope: string; code: string | null };

export const diffTable = (diff: ProgrammeDiff): Table =>
  toTable<DiffLine>(
    [
      text('scope', (c) => c.scope),
      text('code', (c) => c.code, 'measure'),
      text('figure', (c) => c.figure, 'figure'),
      integer('year', (c) => c.year, 'year'),
      money('old', (c) => c.old, 'old'),
      money('new', (c) => c.new, 'new'),
      text('eventIds', (c) => c.eventIds.join(' '), 'events'),
    ],
    [
      ...diff.programme.map((c) => ({ ...c, scope: 'programme', code: null })),
      ...diff.measures.flatMap((m) => m.changes.map((c) => ({ ...c, scope: m.measureId, code: m.code }))),
    ],
  );

const scopeText = (scope: ReconciliationLine['scope']): string =>
  scope.level === 'domain'
    ? `domain:${scope.domain}`
    : scope.level === 'measure'
      ? `measure:${scope.measureId}`
      : scope.level;

export const reconciliationTable = (lines: readonly ReconciliationLine[]): Table =>
  toTable<ReconciliationLine>(
    [
      text('totalId', (l) => l.totalId, 'totalId'),
      text('label', (l) => l.label, 'label'),
      text('figure', (l) => l.figure, 'figure'),
      text('scope', (l) => scopeText(l.scope), 'scope'),
      integer('year', (l) => l.year, 'year'),
      text('knownAt', (l) => l.knownAt, 'knownAt'),
      text('comparedAt', (l) => l.comparedAt, 'compared at'),
      money('stated', (l) => l.stated, 'stated'),
      money('computed', (l) => l.computed, 'computed'),
      money('difference', (l) => l.difference, 'difference'),
      text('status', (l) => l.status, 'status'),
      text('note', (l) => l.note),
    ],
    lines,
  );

export const fiscalBalanceTable = (years: readonly FiscalYear[]): Table =>
  toTable<FiscalYear>(
    [
      integer('year', (y) => y.year, 'year'),
      money('income', (y) => y.income, 'income'),
      money('expenditure', (y) => y.expenditure, 'expenditure'),
      money('saldo', (y) => y.saldo, 'saldo'),
      money('plannedStructuralSavings', (y) => y.plannedStructuralSavings, 'planned savings'),
      money('projectedSaldo', (y) => y.projectedSaldo, 'projected saldo'),
      text('basis', (y) => y.basis, 'basis'),
      yesNoColumn('complete', (y) => y.complete, 'complete'),
      text('missing', (y) => y.missing.join(', '), 'missing'),
    ],
    years,
  );

export const measureReportTable = (rows: readonly MeasureYear[]): Table =>
  toTable<MeasureYear>(
    [
      text('code', (r) => r.code, 'code'),
      text('title', (r) => r.title, 'title'),
      text('domain', (r) => r.domain, 'domain'),
      text('parentMeasureId', (r) => r.parentMeasureId, 'part of'),
      integer('subMeasures', (r) => r.subMeasures, 'sub-measures'),
      integer('year', (r) => r.year, 'year'),
      money('planned', (r) => r.planned, 'planned'),
      integer('pmCount', (r) => r.pmCount, 'pm'),
      money('realised', (r) => r.realised, 'realised'),
      yesNoColumn('notAttributable', (r) => r.notAttributable, 'not attr. (-)'),
      money('variance', (r) => r.variance, 'variance'),
      money('overRealisation', (r) => r.overRealisation, 'over plan'),
    ],
    rows,
  );
