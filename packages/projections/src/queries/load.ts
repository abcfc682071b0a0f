import { municipalityStreamId, programmeStreamId, type EventStore, type RecordedEvent } from '@grip/ledger';
import { readEvent } from '../core/read-event.js';
import { foldStream } from '../state/fold.js';
import { municipalityModel, type MunicipalityModel } from '../state/municipality-model.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { cutoffAt, cutoffAtPosition, LATEST, UnknownMomentError, type AsOf, type Cutoff } from './as-of.js';

export class ProgrammeNotFoundError extends Error {
  constructor(readonly programmeId: string) {
    super(`programme ${programmeId} does not exist (or was not yet opened at the moment asked)`);
    this.name = 'ProgrammeNotFoundError';
  }
}

/** For "did it exist then?": a programme not (yet) opened is null; every other error still surfaces. */
export function notOpenedYet(error: unknown): null {
  if (error instanceof ProgrammeNotFoundError) return null;
  throw error;
}

/** Reads a stream and parses every event; an unreadable event throws (UnreadableEventError). */
export async function readRecorded(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  return (await store.readStream(streamId)).map(readEvent);
}

export async function municipalityOfProgramme(store: EventStore, programmeId: string): Promise<string> {
  const [first] = await store.readStream(programmeStreamId(programmeId), { toRevision: 0 });
  const opened = first ? readEvent(first) : undefined;
  if (!opened || opened.type !== 'ProgrammeOpened') throw new ProgrammeNotFoundError(programmeId);
  return opened.data.municipality;
}

/** Resolves a moment name with the municipality's moments as known now (corrections included). */
export async function resolveMoment(store: EventStore, municipality: string, name: string): Promise<string> {
  const model = municipalityModel(
    foldStream(municipalityStreamId(municipality), await readRecorded(store, municipalityStreamId(municipality))),
  );
  const moment = model.moments.find((m) => m.name === name);
  if (!moment) throw new UnknownMomentError(municipality, name);
  return moment.at;
}

export async function toCutoff(store: EventStore, municipality: string, asOf: AsOf | undefined): Promise<Cutoff> {
  if (asOf === undefined) return LATEST;
  if ('at' in asOf) return cutoffAt(asOf.at);
  if ('position' in asOf) return cutoffAtPosition(store, asOf.position);
  return cutoffAt(await resolveMoment(store, municipality, asOf.moment));
}

export type LoadedProgramme = { readonly events: RecordedEvent[]; readonly model: ProgrammeModel };

export async function loadProgramme(store: EventStore, programmeId: string, cutoff: Cutoff): Promise<LoadedProgramme> {
  const events = (await readRecorded(store, programmeStreamId(programmeId))).filter(cutoff);
  const model = programmeModel(foldStream(programmeStreamId(programmeId), events));
  if (!model) throw new ProgrammeNotFoundError(programmeId);
  return { events, model };
}

export async function loadMunicipality(
  store: EventStore,
  municipality: string,
  cutoff: Cutoff,
): Promise<{ events: RecordedEvent[]; model: MunicipalityModel }> {
  const events = (await readRecorded(store, municipalityStreamId(municipality))).filter(cutoff);
  return { events, model: municipalityModel(foldStream(municipalityStreamId(municipality), events)) };
}

/** Every programme of a municipality, as known at the cut-off. */
/** The models of the given programmes at the cut-off, by id; a programme not yet opened then is left out. */
export async function loadProgrammes(
  store: EventStore,
  programmeIds: readonly string[],
  cutoff: Cutoff,
): Promise<ProgrammeModel[]> {
  const models: ProgrammeModel[] = [];
  for (const programmeId of [...programmeIds].sort()) {
    const loaded = await loadProgramme(store, programmeId, cutoff).catch(notOpenedYet);
    if (loaded) models.push(loaded.model);
  }
  return models;
}
