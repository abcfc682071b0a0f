import type {
  AuditEntry,
  DomainTotals,
  FigureChange,
  ProgrammeDiff,
  ProgrammeResult,
  ReconciliationLine,
  TotalsRow,
  YearSlice,
} from '@grip/projections';
import { integer, money, text, toTable, yesNoColumn, type Table } from '../../export/table.js';
import type { FiscalYear } from '../views/fiscal-year.js';

/** Each projection flattened to one CSV table; column names match the JSON field names. */

export const yearSlicesTable = (years: readonly YearSlice[]): Table =>
  toTable<YearSlice>(
    [
      integer('year', (y) => y.year),
      money('planned', (y) => y.planned),
      money('realised', (y) => y.realised),
      money('costs', (y) => y.costs),
      money('net', (y) => y.net),
      money('target', (y) => y.target),
      money('gap', (y) => y.gap),
      money('attributed', (y) => y.attributed),
      money('phasing', (y) => y.phasing),
      money('unattributed', (y) => y.unattributed),
      money('realisedCosts', (y) => y.realisedCosts),
      money('realisedNet', (y) => y.realisedNet),
      integer('pmCount', (y) => y.pmCount),
      integer('notAttributableCount', (y) => y.notAttributableCount),
    ],
    years,
  );

type TotalsLine = TotalsRow & { year: number; kind: 'domain' | 'category' };

export const domainTotalsTable = (totals: readonly DomainTotals[]): Table =>
  toTable<TotalsLine>(
    [
      integer('year', (r) => r.year),
      text('kind', (r) => r.kind),
      text('code', (r) => r.code),
      text('name', (r) => r.name),
      money('planned', (r) => r.planned),
      money('realised', (r) => r.realised),
      integer('pmCount', (r) => r.pmCount),
      integer('notAttributableCount', (r) => r.notAttributableCount),
      integer('measureCount', (r) => r.measureCount),
    ],
    totals.flatMap((t) => [
      ...t.domains.map((r) => ({ ...r, year: t.year, kind: 'domain' as const })),
      ...t.categories.map((r) => ({ ...r, year: t.year, kind: 'category' as const })),
    ]),
  );

type ResultLine = ProgrammeResult['total'] & { year: number | 'total' };

export const resultTable = (result: ProgrammeResult): Table =>
  toTable<ResultLine>(
    [
      text('year', (r) => String(r.year)),
      money('planned', (r) => r.planned),
      money('costs', (r) => r.costs),
      money('net', (r) => r.net),
      money('realised', (r) => r.realised),
      money('realisedCosts', (r) => r.realisedCosts),
      money('realisedNet', (r) => r.realisedNet),
    ],
    [...result.perYear, { ...result.total, year: 'total' }],
  );

export const auditTable = (entries: readonly AuditEntry[]): Table =>
  toTable<AuditEntry>(
    [
      text('recordedAt', (e) => e.recordedAt),
      text('eventId', (e) => e.eventId),
      text('type', (e) => e.type),
      text('actor', (e) => e.actor),
      text('streamId', (e) => e.streamId),
      integer('revision', (e) => e.revision),
      integer('businessYear', (e) => e.businessYear),
      text('businessDate', (e) => e.businessDate),
      text('measureId', (e) => e.measureId),
      text('decisionId', (e) => e.decisionId),
      text('reason', (e) => e.reason),
      text('source', (e) => (e.source ? [e.source.document, e.source.location].filter(Boolean).join(' — ') : null)),
      text('corrects', (e) => e.corrects),
      text('correctedBy', (e) => e.correctedBy.join(' ')),
      text('data', (e) => JSON.stringify(e.data)),
    ],
    entries,
  );

type DiffLine = FigureChange & { scope: string; code: string | null };

export const diffTable = (diff: ProgrammeDiff): Table =>
  toTable<DiffLine>(
    [
      text('scope', (c) => c.scope),
      text('code', (c) => c.code),
      text('figure', (c) => c.figure),
      integer('year', (c) => c.year),
      money('old', (c) => c.old),
      money('new', (c) => c.new),
      text('eventIds', (c) => c.eventIds.join(' ')),
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
      text('totalId', (l) => l.totalId),
      text('label', (l) => l.label),
      text('figure', (l) => l.figure),
      text('scope', (l) => scopeText(l.scope)),
      integer('year', (l) => l.year),
      text('knownAt', (l) => l.knownAt),
      money('stated', (l) => l.stated),
      money('computed', (l) => l.computed),
      money('difference', (l) => l.difference),
      text('status', (l) => l.status),
      text('note', (l) => l.note),
    ],
    lines,
  );

export const fiscalBalanceTable = (years: readonly FiscalYear[]): Table =>
  toTable<FiscalYear>(
    [
      integer('year', (y) => y.year),
      money('income', (y) => y.income),
      money('expenditure', (y) => y.expenditure),
      money('saldo', (y) => y.saldo),
      money('plannedStructuralSavings', (y) => y.plannedStructuralSavings),
      money('projectedSaldo', (y) => y.projectedSaldo),
      text('basis', (y) => y.basis),
      yesNoColumn('complete', (y) => y.complete),
      text('missing', (y) => y.missing.join(', ')),
    ],
    years,
  );
