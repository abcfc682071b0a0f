import { programmeStreamId, toRecordedEvent, type EventStore } from '@grip/ledger';
import { foldStream, programmeModel, type ProgrammeModel } from '@grip/projections';

export type ProgrammeSummary = {
  readonly id: string;
  readonly municipality: string;
  readonly title: string;
  readonly period: { readonly firstYear: number; readonly lastYear: number };
  readonly revision: number;
};

/** The programme stored under this key (see @grip/ledger stream-ids) as now in force, with its stream revision. */
export async function loadProgrammeModel(
  store: EventStore,
  programmeKey: string,
): Promise<{ model: ProgrammeModel; revision: number } | null> {
  const streamId = programmeStreamId(programmeKey);
  const stored = await store.readStream(streamId);
  const model = programmeModel(foldStream(streamId, stored.map(toRecordedEvent)));
  return model ? { model, revision: stored.length - 1 } : null;
}

/** Lists programmes by id, then municipality: ids are unique per municipality only. */
export const bySummaryOrder = (a: ProgrammeSummary, b: ProgrammeSummary): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : a.municipality.localeCompare(b.municipality);

export const programmeSummary = (model: ProgrammeModel, revision: number): ProgrammeSummary => ({
  id: model.programmeId,
  municipality: model.municipality,
  title: model.title,
  period: model.period,
  revision,
});

export const measureView = (m: ProgrammeModel['measures'][number]) => ({
  measureId: m.measureId,
  code: m.code,
  title: m.title,
  domain: m.domain,
  category: m.category,
  owner: m.owner,
  rag: m.rag,
  lifecycle: m.lifecycle,
  plan: m.plan,
  realised: Object.fromEntries([...m.realised].map(([year, amount]) => [String(year), amount])),
});

export const programmeDetail = (model: ProgrammeModel, revision: number) => ({
  ...programmeSummary(model, revision),
  domains: model.domains,
  categories: model.categories,
  phasing: model.phasing,
  targets: model.targets,
  measures: model.measures.map(measureView),
});
