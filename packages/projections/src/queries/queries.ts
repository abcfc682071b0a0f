import type { EventStore } from '@grip/ledger';
import type { FactOf } from '../state/facts.js';
import { auditTrail, type AuditEntry } from '../views/audit-trail.js';
import { diffProgramme, type ProgrammeDiff } from '../views/diff.js';
import { diffMunicipality, type MunicipalityDiff } from '../views/municipality-diff.js';
import { domainTotals, domainTotalsAllYears, type DomainTotals } from '../views/domain-totals.js';
import { fiscalBalance, type FiscalBalance } from '../views/fiscal-balance.js';
import { programmeResult, type ProgrammeResult } from '../views/programme-result.js';
import {
  municipalityFigure,
  programmeFigure,
  reconcileLine,
  type ReconciliationLine,
} from '../views/reconciliation.js';
import { yearSlices, type YearSlice } from '../views/year-slices.js';
import { cutoffAt, looksLikeDateTime, type AsOf, type Cutoff } from './as-of.js';
import { loadMunicipality, loadProgramme, loadProgrammes, notOpenedYet, resolveMoment, toCutoff } from './load.js';
import { createProgrammeDirectory } from './programme-directory.js';
import type { MaintainedModels } from '../maintained/maintained-models.js';
import { viewOf } from '../maintained/view-memo.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import type { MunicipalityModel } from '../state/municipality-model.js';

const emptyMunicipality = (municipality: string): MunicipalityModel => ({
  municipality,
  income: [],
  expenditure: [],
  moments: [],
  stated: [],
});

export type ProjectionQueries = ReturnType<typeof createProjectionQueries>;

export type ProjectionQueryOptions = {
  /**
   * The runner's maintained models: queries without asOf read them (and their municipality index)
   * instead of folding streams. Without them every query folds from the store.
   */
  readonly latest?: MaintainedModels;
};

/**
 * Every projection, as known at any moment. Without asOf, and given the runner's maintained models,
 * from those models; otherwise folded from the store. Both paths call the same view functions.
 */
export function createProjectionQueries(store: EventStore, options: ProjectionQueryOptions = {}) {
  const { latest } = options;
  const directory = createProgrammeDirectory(store, latest);
  const programmeAt = async (programmeId: string, asOf?: AsOf) =>
    loadProgramme(store, programmeId, await toCutoff(store, await directory.municipalityOf(programmeId), asOf));
  /** The model alone: the maintained one for the latest state (a programme the runner has not seen yet is folded). */
  const modelAt = async (programmeId: string, asOf?: AsOf): Promise<ProgrammeModel> =>
    (asOf === undefined ? latest?.programme(programmeId)?.model : undefined) ??
    (await programmeAt(programmeId, asOf)).model;
  const programmesOf = async (municipality: string, cutoff: Cutoff) =>
    loadProgrammes(store, await directory.programmesOf(municipality), cutoff);
  const municipalityAt = async (municipality: string, asOf: AsOf | undefined): Promise<MunicipalityModel> => {
    if (asOf === undefined && latest)
      return latest.municipality(municipality)?.model ?? emptyMunicipality(municipality);
    return (await loadMunicipality(store, municipality, await toCutoff(store, municipality, asOf))).model;
  };

  /** A stated total's knownAt: a date-time, or a moment name of the municipality. */
  const knownAtCutoff = async (municipality: string, knownAt: string | undefined): Promise<Cutoff | null> => {
    if (knownAt === undefined) return null;
    return cutoffAt(looksLikeDateTime(knownAt) ? knownAt : await resolveMoment(store, municipality, knownAt));
  };

  return {
    /** The programme's model (measures, plans, targets) as known at asOf. */
    programme: modelAt,
    async yearSlices(programmeId: string, asOf?: AsOf): Promise<YearSlice[]> {
      return viewOf(await modelAt(programmeId, asOf), 'year-slices', yearSlices);
    },
    async domainTotals(programmeId: string, options: { year?: number; asOf?: AsOf } = {}): Promise<DomainTotals> {
      const model = await modelAt(programmeId, options.asOf);
      return viewOf(model, `domain-totals-${options.year}`, () => domainTotals(model, options.year));
    },
    async domainTotalsAllYears(programmeId: string, asOf?: AsOf): Promise<DomainTotals[]> {
      return viewOf(await modelAt(programmeId, asOf), 'domain-totals', domainTotalsAllYears);
    },
    async programmeResult(programmeId: string, asOf?: AsOf): Promise<ProgrammeResult> {
      return viewOf(await modelAt(programmeId, asOf), 'result', programmeResult);
    },
    async fiscalBalance(municipality: string, year: number, asOf?: AsOf): Promise<FiscalBalance> {
      if (asOf === undefined && latest) {
        const programmes = latest.programmesOf(municipality).map((id) => latest.programme(id)?.model);
        return fiscalBalance(
          await municipalityAt(municipality, undefined),
          programmes.filter((p): p is ProgrammeModel => p !== undefined),
          year,
        );
      }
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
    async reconcileProgramme(programmeId: string, asOf?: AsOf): Promise<ReconciliationLine[]> {
      const model = await modelAt(programmeId, asOf);
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated) {
        const cutoff = await knownAtCutoff(model.municipality, stated.knownAt);
        const subject = cutoff ? (await loadProgramme(store, programmeId, cutoff).catch(notOpenedYet))?.model : model;
        lines.push(
          reconcileLine(stated, subject ? programmeFigure(subject, stated.figure, stated.scope, stated.year) : null),
        );
      }
      return lines;
    },
    async reconcileMunicipality(municipality: string, asOf?: AsOf): Promise<ReconciliationLine[]> {
      const model = await municipalityAt(municipality, asOf);
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated as FactOf<'stated'>[]) {
        const cutoff = await knownAtCutoff(municipality, stated.knownAt);
        const subject = cutoff ? (await loadMunicipality(store, municipality, cutoff)).model : model;
        lines.push(reconcileLine(stated, municipalityFigure(subject, stated.figure, stated.year)));
      }
      return lines;
    },
  };
}
