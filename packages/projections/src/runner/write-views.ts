import { municipalityOfStream, programmeKeyOfStream } from '@grip/ledger';
import type { StreamState } from '../state/facts.js';
import { stateJson } from '../state/state-json.js';
import { municipalityModel } from '../state/municipality-model.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { domainTotalsAllYears } from '../views/domain-totals.js';
import { balanceYears, fiscalBalance } from '../views/fiscal-balance.js';
import { programmeResult } from '../views/programme-result.js';
import { yearSlices } from '../views/year-slices.js';
import type { ReadModelDb } from './schema.js';

/**
 * Everything written for one stream, computed without the database: the state row and, for a
 * programme, its derived rows (JSON text). A parallel rebuild computes these in its worker threads,
 * so the main thread only inserts them.
 */
export type StreamRows = {
  readonly streamId: string;
  readonly kind: StreamState['kind'];
  readonly municipality: string | null;
  readonly lastRevision: number;
  readonly state: string;
  /** Present for programme streams: the programme id and its rows (none before ProgrammeOpened). */
  readonly programme: {
    readonly programmeKey: string;
    readonly measures: ReadonlyArray<
      readonly [string, string, string, string, string, string, string | null, string | null]
    >;
    readonly slices: ReadonlyArray<readonly [number, string]>;
    readonly totals: ReadonlyArray<readonly [number, string]>;
    readonly result: string | null;
  } | null;
};

export function streamRows(state: StreamState, model: ProgrammeModel | null): StreamRows {
  if (state.kind !== 'programme') {
    return {
      streamId: state.streamId,
      kind: state.kind,
      municipality: municipalityOfStream(state.streamId),
      lastRevision: state.lastRevision,
      state: stateJson(state),
      programme: null,
    };
  }
  const programmeKey = programmeKeyOfStream(state.streamId);
  let programme: NonNullable<StreamRows['programme']> = {
    programmeKey,
    measures: [],
    slices: [],
    totals: [],
    result: null,
  };
  if (model) {
    const slices = yearSlices(model);
    programme = {
      programmeKey,
      measures: model.measures.map(
        (m) => [m.measureId, m.code, m.title, m.domain, m.category, m.owner, m.rag, m.lifecycle] as const,
      ),
      slices: slices.map((s) => [s.year, JSON.stringify(s)] as const),
      totals: domainTotalsAllYears(model, slices).map((t) => [t.year, JSON.stringify(t)] as const),
      result: JSON.stringify(programmeResult(model, slices)),
    };
  }
  return {
    streamId: state.streamId,
    kind: state.kind,
    municipality: model?.municipality ?? null,
    lastRevision: state.lastRevision,
    state: stateJson(state),
    programme,
  };
}

export type ViewWriter = {
  /** Writes a stream's state row and, for a programme, its derived rows. Returns its municipality. */
  writeStream(state: StreamState, model: ProgrammeModel | null): string | null;
  /** Writes rows computed by streamRows (possibly in another thread). Returns the stream's municipality. */
  writeRows(rows: StreamRows): string | null;
  /** Rewrites a municipality's fiscal balance rows from its state and its programmes' states. */
  writeBalance(municipality: string, muni: StreamState | undefined, programmes: readonly ProgrammeModel[]): void;
  /** After the transaction that ran the writes: whether it committed (call it either way). */
  settle(committed: boolean): void;
  /** Forgets what it knows was written (the tables were emptied or replaced behind it). */
  forget(): void;
};

/** Prepared statements for the derived tables; called inside the runner's transaction only. */
export function createViewWriter(db: ReadModelDb): ViewWriter {
  const upsertStream = db.prepare(
    'INSERT OR REPLACE INTO rm_stream (stream_id, kind, municipality, last_revision, state) VALUES (?, ?, ?, ?, ?)',
  );
  const clearMeasures = db.prepare('DELETE FROM rm_measure WHERE programme_id = ?');
  const clear = ['rm_year_slice', 'rm_domain_total', 'rm_programme_result'].map((t) =>
    db.prepare(`DELETE FROM ${t} WHERE programme_id = ?`),
  );
  const insertMeasure = db.prepare('INSERT INTO rm_measure VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertSlice = db.prepare('INSERT INTO rm_year_slice VALUES (?, ?, ?)');
  const insertTotals = db.prepare('INSERT INTO rm_domain_total VALUES (?, ?, ?)');
  const insertResult = db.prepare('INSERT INTO rm_programme_result VALUES (?, ?)');
  const clearBalance = db.prepare('DELETE FROM rm_fiscal_balance WHERE municipality = ?');
  const insertBalance = db.prepare('INSERT INTO rm_fiscal_balance VALUES (?, ?, ?, ?, ?)');

  // Per programme, its measure rows as last written (JSON): most events (realisations, costs, plans) change
  // no measure's own fields, and deleting and inserting a programme's every measure row for each of them
  // was most of a commit's SQLite work under live writes. Known only once their transaction committed;
  // writes of the transaction under way are kept apart until then.
  const committedMeasures = new Map<string, string>();
  const pendingMeasures = new Map<string, string>();

  const writeMeasures = (programmeKey: string, measures: NonNullable<StreamRows['programme']>['measures']) => {
    const written = JSON.stringify(measures);
    if ((pendingMeasures.get(programmeKey) ?? committedMeasures.get(programmeKey)) === written) return;
    clearMeasures.run(programmeKey);
    for (const m of measures) insertMeasure.run(programmeKey, ...m);
    pendingMeasures.set(programmeKey, written);
  };

  const writeRows = (rows: StreamRows): string | null => {
    const p = rows.programme;
    if (p) {
      writeMeasures(p.programmeKey, p.measures);
      for (const c of clear) c.run(p.programmeKey);
      for (const [year, body] of p.slices) insertSlice.run(p.programmeKey, year, body);
      for (const [year, body] of p.totals) insertTotals.run(p.programmeKey, year, body);
      if (p.result !== null) insertResult.run(p.programmeKey, p.result);
    }
    upsertStream.run(rows.streamId, rows.kind, rows.municipality, rows.lastRevision, rows.state);
    return rows.municipality;
  };

  return {
    writeStream: (state, model) => writeRows(streamRows(state, model)),
    writeRows,
    settle(committed) {
      if (committed)
        for (const [programmeKey, written] of pendingMeasures) committedMeasures.set(programmeKey, written);
      pendingMeasures.clear();
    },
    forget() {
      committedMeasures.clear();
      pendingMeasures.clear();
    },
    writeBalance(municipality, muni, programmes) {
      clearBalance.run(municipality);
      if (!muni) return;
      const m = municipalityModel(muni);
      const models = programmes;
      const years = new Set(balanceYears(m));
      for (const p of models) for (let y = p.period.firstYear; y <= p.period.lastYear; y++) years.add(y);
      for (const year of [...years].sort((a, b) => a - b)) {
        const b = fiscalBalance(m, models, year);
        insertBalance.run(municipality, year, b.saldo, b.projectedSaldo, JSON.stringify(b));
      }
    },
  };
}
