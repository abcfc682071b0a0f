import { municipalityStreamId, toRecordedEvent, type EventStore } from '@grip/ledger';
import { foldStream, municipalityModel, type AsOf } from '@grip/projections';
import { httpProblem } from '../problem/http-problem.js';

/** The P&C moments of a municipality as now in force, with the stream's revision. */
export async function loadMoments(store: EventStore, municipality: string) {
  const streamId = municipalityStreamId(municipality);
  const stored = await store.readStream(streamId);
  const model = municipalityModel(foldStream(streamId, stored.map(toRecordedEvent)));
  return {
    revision: stored.length - 1,
    moments: model.moments.map(({ name, kind, year, at, label }) => ({ name, kind, year, at, label: label ?? null })),
  };
}

/**
 * Refuses a moment name the municipality never recorded. Most queries do this themselves; the diff's
 * `from` treats "nothing known yet" as empty, which would hide a misspelt moment.
 */
export async function assertMomentsKnown(
  store: EventStore,
  municipality: string,
  asOfs: ReadonlyArray<{ name: string; asOf: AsOf | undefined }>,
): Promise<void> {
  const wanted = asOfs.filter(
    (a): a is { name: string; asOf: { moment: string } } => a.asOf !== undefined && 'moment' in a.asOf,
  );
  if (wanted.length === 0) return;
  const known = new Set((await loadMoments(store, municipality)).moments.map((m) => m.name));
  const unknown = wanted.filter((w) => !known.has(w.asOf.moment));
  if (unknown.length > 0) {
    const issues = unknown.map((u) => ({
      path: u.name,
      message: `no P&C moment "${u.asOf.moment}" is recorded for ${municipality}`,
    }));
    throw httpProblem('UNKNOWN_PC_MOMENT', issues.map((i) => i.message).join('; '), { issues });
  }
}
