import type { EventStore } from '@grip/ledger';
import type { FactOf } from '../state/facts.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { auditTrail, type AuditEntry } from '../views/audit-trail.js';
import { diffProgramme, type ProgrammeDiff } from '../views/diff.js';
import { diffMunicipality, type MunicipalityDiff } from '../views/municipality-diff.js';
import { domainTotals, domainTotalsAllYears, type DomainTotals } from '../views/domain-totals.js';
import { fiscalBalance, type FiscalBalance } from '../views/fiscal-balance.js';
import { measureReport, type MeasureReport } from '../views/measure-report.js';
import { programmeResult, type ProgrammeResult } from '../views/programme-result.js';
import {
  municipalityFigure,
  programmeFigure,
  reconcileLine,
  type ReconciliationLine,
} from '../views/reconciliation.js';
import { yearSlices, type YearSlice } from '../views/year-slices.js';
import { cutoffAt, describeAsOf, looksLikeDateTime, type AsOf, type Cutoff } from './as-of.js';
import { loadMunicipality, loadProgramme, loadProgrammes, notOpenedYet, resolveMoment, toCutoff } from './load.js';
import { createProgrammeDirectory } from './programme-directory.js';

export type ProjectionQueries = ReturnType<typeof createProjectionQueries>;

/**
 * Every projection, computed on demand from the store as known at any moment. This is the as-of path;
 * the runner keeps the latest state of the same views in SQLite for fast reads.
 */
export function createProjectionQueries(store: EventStore) {
  const directory = createProgrammeDirectory(store);
  const programmeAt = async (programmeId: string, asOf?: AsOf) =>
    loadProgramme(store, programmeId, await toCutoff(store, await directory.municipalityOf(programmeId), asOf));
  const programmesOf = async (municipality: string, cutoff: Cutoff) =>
    loadProgrammes(store, await directory.programmesOf(municipality), cutoff);

  /** A stated total's knownAt: a date-time, or a moment name of the municipality. */
  const knownAtCutoff = async (municipality: string, knownAt: string | undefined): Promise<Cutoff | null> => {
    if (knownAt === undefined) return null;
    return cutoffAt(looksLikeDateTime(knownAt) ? knownAt : await resolveMoment(store, municipality, knownAt));
  };

  return {
    async yearSlices(programmeId: string, asOf?: AsOf): Promise<YearSlice[]> {
      return yearSlices((await programmeAt(programmeId, asOf)).model);
    },
    async domainTotals(programmeId: string, options: { year?: number; asOf?: AsOf } = {}): Promise<DomainTotals> {
      return domainTotals((await programmeAt(programmeId, options.asOf)).model, options.year);
    },
    async domainTotalsAllYears(programmeId: string, asOf?: AsOf): Promise<DomainTotals[]> {
      return domainTotalsAllYears((await programmeAt(programmeId, asOf)).model);
    },
    /** The programme's model as known at the moment (measures, plans, statuses, realisations). */
    async programme(programmeId: string, asOf?: AsOf): Promise<ProgrammeModel> {
      return (await programmeAt(programmeId, asOf)).model;
    },
    async measureReport(programmeId: string, options: { year?: number; asOf?: AsOf } = {}): Promise<MeasureReport> {
      return measureReport((await programmeAt(programmeId, options.asOf)).model, options.year);
    },
    async programmeResult(programmeId: string, asOf?: AsOf): Promise<ProgrammeResult> {
      return programmeResult((await programmeAt(programmeId, asOf)).model);
    },
    async fiscalBalance(municipality: string, year: number, asOf?: AsOf): Promise<FiscalBalance> {
      const cutoff = await toCutoff(store, municipality, asOf);
      const { model } = await loadMunicipality(store, municipality, cutoff);
      return fiscalBalance(model, await programmesOf(municipality, cutoff), year);
    },
    async auditTrail(programmeId: string, options: { measureId?: string; asOf?: AsOf } = {}): Promise<AuditEntry[]> {
      const { events } = await programmeAt(programmeId, options.asOf);
      return auditTrail(events, options.measureId === undefined ? {} : { measureId: options.measureId });
    },
    async municipalityAuditTrail(municipality: string, asOf?: AsOf): Promise<AuditEntry[]> {
      return auditTrail(
        (await loadMunicipality(store, municipality, await toCutoff(store, municipality, asOf))).events,
      );
    },
    async diff(programmeId: string, from: AsOf, to: AsOf): Promise<ProgrammeDiff> {
      const before = await programmeAt(programmeId, from).catch(notOpenedYet);
      const after = await programmeAt(programmeId, to);
      const known = new Set(before?.events.map((e) => e.metadata.eventId));
      const between = after.events.filter((e) => !known.has(e.metadata.eventId));
      return diffProgramme(before?.model ?? null, after.model, between, after.events);
    },
    async diffMunicipality(municipality: string, from: AsOf, to: AsOf): Promise<MunicipalityDiff> {
      const before = await loadMunicipality(store, municipality, await toCutoff(store, municipality, from));
      const after = await loadMunicipality(store, municipality, await toCutoff(store, municipality, to));
      const known = new Set(before.events.map((e) => e.metadata.eventId));
      return diffMunicipality(
        before.model,
        after.model,
        after.events.filter((e) => !known.has(e.metadata.eventId)),
        after.events,
      );
    },
    /**
     * Every stated total against the ledger's own sum of the same rows, as known at the total's knownAt,
     * or, with compareAt, as known at that one moment for every total (a Bijlage total compared with a
     * later realisation table must be able to differ). Each line says which moment it used.
     */
    async reconcileProgramme(
      programmeId: string,
      asOf?: AsOf,
      options: { compareAt?: AsOf } = {},
    ): Promise<ReconciliationLine[]> {
      const { model } = await programmeAt(programmeId, asOf);
      const compared = options.compareAt && (await programmeAt(programmeId, options.compareAt).catch(notOpenedYet));
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated) {
        if (options.compareAt) {
          const figure = compared ? programmeFigure(compared.model, stated.figure, stated.scope, stated.year) : null;
          lines.push(reconcileLine(stated, figure, `compare-at ${describeAsOf(options.compareAt)}`));
          continue;
        }
        const cutoff = await knownAtCutoff(model.municipality, stated.knownAt);
        const subject = cutoff ? (await loadProgramme(store, programmeId, cutoff).catch(notOpenedYet))?.model : model;
        const figure = subject ? programmeFigure(subject, stated.figure, stated.scope, stated.year) : null;
        lines.push(reconcileLine(stated, figure, stated.knownAt ?? describeAsOf(asOf)));
      }
      return lines;
    },
    async reconcileMunicipality(
      municipality: string,
      asOf?: AsOf,
      options: { compareAt?: AsOf } = {},
    ): Promise<ReconciliationLine[]> {
      const { model } = await loadMunicipality(store, municipality, await toCutoff(store, municipality, asOf));
      const compared =
        options.compareAt &&
        (await loadMunicipality(store, municipality, await toCutoff(store, municipality, options.compareAt))).model;
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated as FactOf<'stated'>[]) {
        if (compared) {
          const at = `compare-at ${describeAsOf(options.compareAt)}`;
          lines.push(reconcileLine(stated, municipalityFigure(compared, stated.figure, stated.year), at));
          continue;
        }
        const cutoff = await knownAtCutoff(municipality, stated.knownAt);
        const subject = cutoff ? (await loadMunicipality(store, municipality, cutoff)).model : model;
        const at = stated.knownAt ?? describeAsOf(asOf);
        lines.push(reconcileLine(stated, municipalityFigure(subject, stated.figure, stated.year), at));
      }
      return lines;
    },
  };
}
