import type { AsOf, ProjectionQueries, ReconciliationLine } from '@grip/projections';
import { describeAsOf } from './as-of.js';
import { count, money, text, type Report, type Row } from './report-types.js';

type Query = {
  readonly queries: ProjectionQueries;
  readonly programmeId: string;
  readonly asOf?: AsOf;
  readonly year?: number;
};

export async function yearSlicesReport({ queries, programmeId, asOf }: Query): Promise<Report> {
  const years = await queries.yearSlices(programmeId, asOf);
  return {
    title: `Year slices of ${programmeId} (as of ${describeAsOf(asOf)})`,
    columns: [
      count('year'),
      money('planned'),
      money('realised'),
      money('costs'),
      money('net'),
      money('target'),
      money('gap'),
      money('unattributed'),
      count('pmCount', 'pm'),
      count('notAttributableCount', 'not attr. (-)'),
    ],
    rows: years,
    json: { programmeId, asOf: describeAsOf(asOf), years },
  };
}

export async function domainTotalsReport({ queries, programmeId, asOf, year }: Query): Promise<Report> {
  const totals =
    year === undefined
      ? await queries.domainTotalsAllYears(programmeId, asOf)
      : [await queries.domainTotals(programmeId, { year, ...(asOf && { asOf }) })];
  const rows: Row[] = totals.flatMap((t) => [
    ...t.domains.map((d) => ({
      year: t.year,
      domain: d.code,
      name: d.name,
      planned: d.planned,
      realised: d.realised,
      measures: d.measureCount,
      pm: d.pmCount,
    })),
    { year: t.year, domain: 'total', name: '', planned: t.total, realised: null, measures: null, pm: null },
  ]);
  return {
    title: `Domain totals of ${programmeId} (as of ${describeAsOf(asOf)})`,
    columns: [
      count('year'),
      text('domain'),
      text('name'),
      money('planned'),
      money('realised'),
      count('measures'),
      count('pm'),
    ],
    rows,
    json: { programmeId, asOf: describeAsOf(asOf), years: totals },
  };
}

export async function resultReport({ queries, programmeId, asOf }: Query): Promise<Report> {
  const result = await queries.programmeResult(programmeId, asOf);
  const rows: Row[] = [
    ...result.perYear.map((y) => ({ ...y, year: String(y.year) })),
    { year: 'total', ...result.total },
  ];
  return {
    title: `Result (baten, lasten, netto) of ${programmeId} (as of ${describeAsOf(asOf)})`,
    columns: [
      text('year'),
      money('planned', 'baten'),
      money('costs', 'lasten'),
      money('net', 'netto'),
      money('realised'),
      money('realisedCosts', 'realised costs'),
      money('realisedNet', 'realised net'),
    ],
    rows,
    json: { asOf: describeAsOf(asOf), ...result },
  };
}

export async function programmeAuditReport({ queries, programmeId, asOf }: Query): Promise<Report> {
  const entries = await queries.auditTrail(programmeId, asOf ? { asOf } : {});
  return auditReport(`Audit trail of ${programmeId} (as of ${describeAsOf(asOf)})`, entries);
}

export function auditReport(title: string, entries: Awaited<ReturnType<ProjectionQueries['auditTrail']>>): Report {
  const rows: Row[] = entries.map((e) => ({
    revision: e.revision,
    recordedAt: e.recordedAt,
    type: e.type,
    year: e.businessYear,
    measure: e.measureId,
    actor: e.actor,
    reason: e.reason,
    source: e.source ? `${e.source.document}${e.source.location ? ` ${e.source.location}` : ''}` : null,
    corrected: e.correctedBy.length ? `by ${e.correctedBy.join(', ')}` : null,
  }));
  const columns = [
    count('revision', 'rev'),
    text('recordedAt'),
    text('type'),
    count('year'),
    text('measure'),
    text('actor'),
    text('source'),
    text('corrected'),
    text('reason'),
  ];
  return { title, columns, rows, json: entries };
}

export async function diffReport(
  queries: ProjectionQueries,
  programmeId: string,
  from: AsOf,
  to: AsOf,
): Promise<Report> {
  const diff = await queries.diff(programmeId, from, to);
  const rows: Row[] = [
    ...diff.programme.map((c) => ({
      measure: '(programme)',
      figure: c.figure,
      year: c.year,
      old: c.old,
      new: c.new,
      events: c.eventIds.length,
    })),
    ...diff.measures.flatMap((m) =>
      m.changes.map((c) => ({
        measure: m.code ?? m.measureId,
        figure: c.figure,
        year: c.year,
        old: c.old,
        new: c.new,
        events: c.eventIds.length,
      })),
    ),
  ];
  return {
    title: `Changes in ${programmeId} between ${describeAsOf(from)} and ${describeAsOf(to)}`,
    columns: [text('measure'), text('figure'), count('year'), money('old'), money('new'), count('events')],
    rows,
    json: { from: describeAsOf(from), to: describeAsOf(to), ...diff },
  };
}

export function reconciliationReport(title: string, lines: readonly ReconciliationLine[]): Report {
  const rows: Row[] = lines.map((l) => ({
    totalId: l.totalId,
    label: l.label,
    figure: l.figure,
    scope:
      l.scope.level === 'domain'
        ? `domain ${l.scope.domain}`
        : l.scope.level === 'measure'
          ? `measure ${l.scope.measureId}`
          : l.scope.level,
    year: l.year,
    knownAt: l.knownAt ?? 'latest',
    stated: l.stated,
    computed: l.computed,
    difference: l.difference,
    status: l.status,
  }));
  return {
    title,
    columns: [
      text('totalId'),
      text('label'),
      text('figure'),
      text('scope'),
      count('year'),
      text('knownAt'),
      money('stated'),
      money('computed'),
      money('difference'),
      text('status'),
    ],
    rows,
    json: lines,
  };
}

export async function programmeReconciliationReport({ queries, programmeId, asOf }: Query): Promise<Report> {
  return reconciliationReport(
    `Reconciliation of ${programmeId} (as of ${describeAsOf(asOf)})`,
    await queries.reconcileProgramme(programmeId, asOf),
  );
}
