import { municipalityStreamId, programmeStreamId, type EventStore } from '@grip/ledger';
import type { MaintainedModels } from '../maintained/maintained-models.js';
import { viewOf, viewOfAll } from '../maintained/view-memo.js';
import type { SnapshotSource } from '../snapshots/snapshot-source.js';
import type { FactOf } from '../state/facts.js';
import { municipalityModel, type MunicipalityModel } from '../state/municipality-model.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
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
import { cutoffAt, cutoffAtPosition, describeAsOf, LATEST, looksLikeDateTime, type Cutoff } from './as-of.js';
import { toAsOf, type AsOfInput } from './as-of-text.js';
import { createStateLoader, type FoldReport } from './load-at.js';
import { loadMunicipality, loadProgramme, notOpenedYet, ProgrammeNotFoundError, resolveMoment } from './load.js';
import { createProgrammeDirectory } from './programme-directory.js';

export type ProjectionQueries = ReturnType<typeof createProjectionQueries>;

export type ProjectionQueryOptions = {
  /**
   * The runner's maintained models: queries without asOf read them (and their municipality index)
   * instead of folding streams, and moments are resolved from them. Without them every query folds.
   */
  readonly latest?: MaintainedModels;
  /** The runner's snapshots: an as-of query folds only the events after the nearest one it may start from. */
  readonly snapshots?: SnapshotSource;
  /** Told what each as-of fold from a snapshot cost (tests count the events folded). */
  readonly onFold?: (report: FoldReport) => void;
};

/**
 * Every projection, as known at any moment. A `programmeId` argument here is the programme's key, the
 * name its stream is stored under (`GM0118/x`, or a legacy bare id; see @grip/ledger stream-ids): the
 * caller resolves the id a municipality uses to it first (the ledger's programme resolver). Without asOf, and given the runner's maintained models,
 * from those models; as of a moment, from the nearest snapshot and the events after it (or, without
 * snapshots, from the whole stream). Every path calls the same view functions.
 */
export function createProjectionQueries(store: EventStore, options: ProjectionQueryOptions = {}) {
  const { latest } = options;
  const directory = createProgrammeDirectory(store, latest);
  const loader = createStateLoader(store, options.snapshots, options.onFold);

  /** Moments as known now: from the maintained model when it has the name, else from the store. */
  const momentAt = async (municipality: string, name: string): Promise<string> =>
    latest?.municipality(municipality)?.model.moments.find((m) => m.name === name)?.at ??
    (await resolveMoment(store, municipality, name));
  const cutoffOf = async (municipality: string, input: AsOfInput | undefined): Promise<Cutoff> => {
    if (input === undefined) return LATEST;
    const asOf = toAsOf(input);
    if ('at' in asOf) return cutoffAt(asOf.at);
    if ('position' in asOf) return cutoffAtPosition(store, asOf.position);
    return cutoffAt(await momentAt(municipality, asOf.moment));
  };
  const programmeCutoff = async (programmeId: string, asOf: AsOfInput | undefined) =>
    cutoffOf(await directory.municipalityOf(programmeId), asOf);

  /** The model alone: the maintained one for the latest state (a programme the runner has not seen yet is folded). */
  const modelAt = async (programmeId: string, asOf?: AsOfInput): Promise<ProgrammeModel> =>
    (asOf === undefined ? latest?.programme(programmeId)?.model : undefined) ??
    (await loader.programmeAt(programmeId, await programmeCutoff(programmeId, asOf)));
  const municipalityAt = async (municipality: string, cutoff: Cutoff): Promise<MunicipalityModel> =>
    (cutoff === LATEST ? latest?.municipality(municipality)?.model : undefined) ??
    (latest && cutoff === LATEST ? emptyMunicipality(municipality) : await loader.municipalityAt(municipality, cutoff));
  const programmesOf = async (municipality: string, cutoff: Cutoff): Promise<ProgrammeModel[]> => {
    const models: ProgrammeModel[] = [];
    for (const id of [...(await directory.programmesOf(municipality))].sort()) {
      const held = cutoff === LATEST ? latest?.programme(id)?.model : undefined;
      const model = held ?? (await loader.programmeAt(id, cutoff).catch(notOpenedYet));
      if (model) models.push(model);
    }
    return models;
  };
  /** A stated total's knownAt: a date-time, or a moment name of the municipality. */
  const knownAtCutoff = async (municipality: string, knownAt: string | undefined): Promise<Cutoff | null> => {
    if (knownAt === undefined) return null;
    return cutoffAt(looksLikeDateTime(knownAt) ? knownAt : await momentAt(municipality, knownAt));
  };

  return {
    /** The programme's model (measures, plans, targets) as known at asOf. */
    programme: modelAt,
    async yearSlices(programmeId: string, asOf?: AsOfInput): Promise<YearSlice[]> {
      return viewOf(await modelAt(programmeId, asOf), 'year-slices', yearSlices);
    },
    async domainTotals(programmeId: string, options: { year?: number; asOf?: AsOfInput } = {}): Promise<DomainTotals> {
      const model = await modelAt(programmeId, options.asOf);
      return viewOf(model, `domain-totals-${options.year}`, () => domainTotals(model, options.year));
    },
    async domainTotalsAllYears(programmeId: string, asOf?: AsOfInput): Promise<DomainTotals[]> {
      return viewOf(await modelAt(programmeId, asOf), 'domain-totals', domainTotalsAllYears);
    },
    async measureReport(
      programmeId: string,
      options: { year?: number; asOf?: AsOfInput } = {},
    ): Promise<MeasureReport> {
      const model = await modelAt(programmeId, options.asOf);
      return viewOf(model, `measure-report-${options.year}`, () => measureReport(model, options.year));
    },
    async programmeResult(programmeId: string, asOf?: AsOfInput): Promise<ProgrammeResult> {
      return viewOf(await modelAt(programmeId, asOf), 'result', programmeResult);
    },
    async fiscalBalance(municipality: string, year: number, asOf?: AsOfInput): Promise<FiscalBalance> {
      const cutoff = await cutoffOf(municipality, asOf);
      const model = await municipalityAt(municipality, cutoff);
      const programmes = await programmesOf(municipality, cutoff);
      return viewOfAll(model, programmes, `fiscal-balance-${year}`, () => fiscalBalance(model, programmes, year));
    },
    async auditTrail(
      programmeId: string,
      options: { measureId?: string; asOf?: AsOfInput } = {},
    ): Promise<AuditEntry[]> {
      const { events } = await loadProgramme(store, programmeId, await programmeCutoff(programmeId, options.asOf));
      return auditTrail(events, options.measureId === undefined ? {} : { measureId: options.measureId });
    },
    async municipalityAuditTrail(municipality: string, asOf?: AsOfInput): Promise<AuditEntry[]> {
      return auditTrail((await loadMunicipality(store, municipality, await cutoffOf(municipality, asOf))).events);
    },
    async diff(programmeId: string, from: AsOfInput, to: AsOfInput): Promise<ProgrammeDiff> {
      const municipality = await directory.municipalityOf(programmeId);
      const [cutFrom, cutTo] = [await cutoffOf(municipality, from), await cutoffOf(municipality, to)];
      const streamId = programmeStreamId(programmeId);
      return loader.cached(streamId, 'diff', [cutFrom, cutTo], async () => {
        const pair = await loader.pair(streamId, cutFrom, cutTo);
        const after = programmeModel(pair.after);
        if (!after) throw new ProgrammeNotFoundError(programmeId);
        return diffProgramme(programmeModel(pair.before), after, pair.between, pair.known, pair.before);
      });
    },
    async diffMunicipality(municipality: string, from: AsOfInput, to: AsOfInput): Promise<MunicipalityDiff> {
      const [cutFrom, cutTo] = [await cutoffOf(municipality, from), await cutoffOf(municipality, to)];
      const streamId = municipalityStreamId(municipality);
      return loader.cached(streamId, 'diff', [cutFrom, cutTo], async () => {
        const pair = await loader.pair(streamId, cutFrom, cutTo);
        return diffMunicipality(
          municipalityModel(pair.before),
          municipalityModel(pair.after),
          pair.between,
          pair.known,
          pair.before,
        );
      });
    },
    /**
     * Every stated total against the ledger's own sum of the same rows, as known at the total's knownAt,
     * or, with compareAt, as known at that one moment for every total (a Bijlage total compared with a
     * later realisation table must be able to differ). Each line says which moment it used.
     */
    async reconcileProgramme(
      programmeId: string,
      asOf?: AsOfInput,
      options: { compareAt?: AsOfInput } = {},
    ): Promise<ReconciliationLine[]> {
      const model = await modelAt(programmeId, asOf);
      const compared = options.compareAt && (await modelAt(programmeId, options.compareAt).catch(notOpenedYet));
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated) {
        if (options.compareAt) {
          const figure = compared ? programmeFigure(compared, stated.figure, stated.scope, stated.year) : null;
          lines.push(reconcileLine(stated, figure, `compare-at ${describeAsOf(options.compareAt)}`));
          continue;
        }
        const cutoff = await knownAtCutoff(model.municipality, stated.knownAt);
        const subject = cutoff ? await loader.programmeAt(programmeId, cutoff).catch(notOpenedYet) : model;
        const figure = subject ? programmeFigure(subject, stated.figure, stated.scope, stated.year) : null;
        lines.push(reconcileLine(stated, figure, stated.knownAt ?? describeAsOf(asOf)));
      }
      return lines;
    },
    async reconcileMunicipality(
      municipality: string,
      asOf?: AsOfInput,
      options: { compareAt?: AsOfInput } = {},
    ): Promise<ReconciliationLine[]> {
      const model = await municipalityAt(municipality, await cutoffOf(municipality, asOf));
      const compared =
        options.compareAt && (await municipalityAt(municipality, await cutoffOf(municipality, options.compareAt)));
      const lines: ReconciliationLine[] = [];
      for (const stated of model.stated as FactOf<'stated'>[]) {
        if (compared) {
          const at = `compare-at ${describeAsOf(options.compareAt)}`;
          lines.push(reconcileLine(stated, municipalityFigure(compared, stated.figure, stated.year), at));
          continue;
        }
        const cutoff = await knownAtCutoff(municipality, stated.knownAt);
        const subject = cutoff ? await loader.municipalityAt(municipality, cutoff) : model;
        const at = stated.knownAt ?? describeAsOf(asOf);
        lines.push(reconcileLine(stated, municipalityFigure(subject, stated.figure, stated.year), at));
      }
      return lines;
    },
  };
}

const emptyMunicipality = (municipality: string): MunicipalityModel => ({
  municipality,
  income: [],
  expenditure: [],
  moments: [],
  stated: [],
});
