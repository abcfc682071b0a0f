import { municipalityStreamId, programmeKeyOfStream, programmeStreamId, type Position } from '@grip/ledger';
import type { StreamState } from '../state/facts.js';
import { municipalityModel, type MunicipalityModel } from '../state/municipality-model.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import type { Database as ReadModelDb } from 'better-sqlite3';
import { createPositionWaiters } from './position-waiters.js';

/** A stream's latest committed model and the stream revision it reflects. */
export type Maintained<M> = { readonly model: M; readonly revision: number };

/** What one runner commit changed: the models of the streams it wrote, and its checkpoint. */
export type CommittedChanges = {
  readonly position: Position;
  readonly programmes: ReadonlyArray<{
    readonly programmeKey: string;
    readonly model: ProgrammeModel | null;
    readonly revision: number;
  }>;
  readonly municipalities: ReadonlyArray<{
    readonly municipality: string;
    readonly model: MunicipalityModel;
    readonly revision: number;
  }>;
  /** A rebuild replaced every read model: forget everything held, then take these. */
  readonly replacedAll?: boolean;
};

export type MaintainedModels = {
  /** The runner's committed checkpoint: every model here reflects exactly the events up to it. */
  position(): Position | null;
  programme(programmeKey: string): Maintained<ProgrammeModel> | null;
  /** The municipality's model; null when its stream has no events yet. */
  municipality(code: string): Maintained<MunicipalityModel> | null;
  /** The index of opened programmes by municipality: their keys (see @grip/ledger stream-ids), in key order. */
  programmesOf(code: string): readonly string[];
  municipalityOf(programmeKey: string): string | null;
  programmeKeys(): readonly string[];
  /**
   * Resolves true once the checkpoint is at or after `position`, false when `timeoutMs` passes first.
   * Rejects with the runner's failure: a stopped runner will never get there.
   */
  waitFor(position: Position, timeoutMs: number): Promise<boolean>;
  /** Called by the runner after each commit (never before the transaction is durable). */
  committed(changes: CommittedChanges): void;
  /** Called by the runner when it stops on an error: waiting readers get it at once. */
  failed(error: Error): void;
  /** Switches to another read-model database (a rebuilt file that was swapped in). */
  reopen(db: ReadModelDb): void;
};

type StreamRow = { stream_id: string; kind: string; municipality: string | null; last_revision: number };

/**
 * The latest state of every stream, in memory, kept current by the runner's commits, so a query
 * without asOf reads a model instead of a stream. Programme and municipality models are built from the
 * committed state the first time they are asked for and replaced as the runner commits new ones; the
 * municipality → programmes index is read from the read-model database once and kept current the same
 * way. Views are computed from these models by the same functions as the as-of path.
 */
export function createMaintainedModels(
  initialDb: ReadModelDb,
  comparePositions: (a: Position, b: Position) => number,
  options: {
    /** Told when a reader starts waiting for a position not reached yet (the runner then commits at once). */
    readonly onWait?: () => void;
  } = {},
): MaintainedModels {
  let db = initialDb;
  let position: Position | null = null;
  const programmes = new Map<string, Maintained<ProgrammeModel> | null>();
  const municipalities = new Map<string, Maintained<MunicipalityModel> | null>();
  const byMunicipality = new Map<string, Set<string>>();
  const municipalityOf = new Map<string, string>();
  let sortedIds: string[] | null = null;
  const waiters = createPositionWaiters(comparePositions);

  const index = (programmeKey: string, municipality: string) => {
    if (municipalityOf.has(programmeKey)) return;
    municipalityOf.set(programmeKey, municipality);
    let set = byMunicipality.get(municipality);
    if (!set) byMunicipality.set(municipality, (set = new Set()));
    set.add(programmeKey);
    sortedIds = null;
  };

  const load = () => {
    programmes.clear();
    municipalities.clear();
    byMunicipality.clear();
    municipalityOf.clear();
    sortedIds = null;
    const checkpoint = db.prepare('SELECT position FROM rm_checkpoint WHERE id = 1').get() as
      { position: string } | undefined;
    position = (checkpoint?.position as Position | undefined) ?? null;
    const rows = db
      .prepare("SELECT stream_id, kind, municipality, last_revision FROM rm_stream WHERE kind = 'programme'")
      .all() as StreamRow[];
    for (const row of rows) if (row.municipality !== null) index(programmeKeyOfStream(row.stream_id), row.municipality);
  };

  const stateRow = (streamId: string): StreamState | null => {
    const row = db.prepare('SELECT state FROM rm_stream WHERE stream_id = ?').get(streamId) as
      { state: string } | undefined;
    return row ? (JSON.parse(row.state) as StreamState) : null;
  };

  load();
  waiters.reached(position);

  return {
    position: () => position,
    programme(programmeKey) {
      if (!programmes.has(programmeKey)) {
        const state = stateRow(programmeStreamId(programmeKey));
        const model = state ? programmeModel(state) : null;
        programmes.set(programmeKey, state && model ? { model, revision: state.lastRevision } : null);
      }
      return programmes.get(programmeKey) ?? null;
    },
    municipality(code) {
      if (!municipalities.has(code)) {
        const state = stateRow(municipalityStreamId(code));
        municipalities.set(code, state ? { model: municipalityModel(state), revision: state.lastRevision } : null);
      }
      return municipalities.get(code) ?? null;
    },
    programmesOf: (code) => [...(byMunicipality.get(code) ?? [])].sort(),
    municipalityOf: (programmeKey) => municipalityOf.get(programmeKey) ?? null,
    programmeKeys: () => (sortedIds ??= [...municipalityOf.keys()].sort()),
    waitFor(target, timeoutMs) {
      const waiting = waiters.waitFor(target, timeoutMs);
      if (position === null || comparePositions(target, position) > 0) options.onWait?.();
      return waiting;
    },
    committed(changes) {
      if (changes.replacedAll) load();
      for (const p of changes.programmes) {
        programmes.set(p.programmeKey, p.model ? { model: p.model, revision: p.revision } : null);
        if (p.model) index(p.programmeKey, p.model.municipality);
      }
      for (const m of changes.municipalities)
        municipalities.set(m.municipality, { model: m.model, revision: m.revision });
      position = changes.position;
      waiters.reached(position);
    },
    failed: (error) => waiters.fail(error),
    reopen(next) {
      db = next;
      load();
      waiters.reached(position);
    },
  };
}
