import type { StreamState } from '../state/facts.js';
import { municipalityModel } from '../state/municipality-model.js';
import type { ProgrammeModel } from '../state/programme-model.js';
import { domainTotalsAllYears } from '../views/domain-totals.js';
import { balanceYears, fiscalBalance } from '../views/fiscal-balance.js';
import { programmeResult } from '../views/programme-result.js';
import { yearSlices } from '../views/year-slices.js';
import type { ReadModelDb } from './schema.js';

/**
 * A state as stored: facts in key order, so the same state always gives the same text (the content
 * hash compares it). Values keep the key order the fold gives them, which is fixed by the schemas.
 */
export function stateJson(state: StreamState): string {
  const facts: Record<string, unknown> = {};
  for (const key of Object.keys(state.facts).sort()) facts[key] = state.facts[key];
  return JSON.stringify({ streamId: state.streamId, kind: state.kind, lastRevision: state.lastRevision, facts });
}

export type ViewWriter = {
  /** Writes a stream's state row and, for a programme, its derived rows. Returns its municipality. */
  writeStream(state: StreamState, model: ProgrammeModel | null): string | null;
  /** Rewrites a municipality's fiscal balance rows from its state and its programmes' states. */
  writeBalance(municipality: string, muni: StreamState | undefined, programmes: readonly ProgrammeModel[]): void;
};

/** Prepared statements for the derived tables; called inside the runner's transaction only. */
export function createViewWriter(db: ReadModelDb): ViewWriter {
  const upsertStream = db.prepare('INSERT OR REPLACE INTO rm_stream (stream_id, kind, municipality, last_revision, state) VALUES (?, ?, ?, ?, ?)');
  const clear = ['rm_measure', 'rm_year_slice', 'rm_domain_total', 'rm_programme_result'].map((t) => db.prepare(`DELETE FROM ${t} WHERE programme_id = ?`));
  const insertMeasure = db.prepare('INSERT INTO rm_measure VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertSlice = db.prepare('INSERT INTO rm_year_slice VALUES (?, ?, ?)');
  const insertTotals = db.prepare('INSERT INTO rm_domain_total VALUES (?, ?, ?)');
  const insertResult = db.prepare('INSERT INTO rm_programme_result VALUES (?, ?)');
  const clearBalance = db.prepare('DELETE FROM rm_fiscal_balance WHERE municipality = ?');
  const insertBalance = db.prepare('INSERT INTO rm_fiscal_balance VALUES (?, ?, ?, ?, ?)');

  const writeProgramme = (programmeId: string, model: ProgrammeModel | null) => {
    for (const c of clear) c.run(programmeId);
    if (!model) return;
    for (const m of model.measures) insertMeasure.run(programmeId, m.measureId, m.code, m.title, m.domain, m.category, m.owner, m.rag, m.lifecycle);
    const slices = yearSlices(model);
    for (const s of slices) insertSlice.run(programmeId, s.year, JSON.stringify(s));
    for (const t of domainTotalsAllYears(model, slices)) insertTotals.run(programmeId, t.year, JSON.stringify(t));
    insertResult.run(programmeId, JSON.stringify(programmeResult(model, slices)));
  };

  return {
    writeStream(state, model) {
      let municipality: string | null;
      if (state.kind === 'programme') {
        municipality = model?.municipality ?? null;
        writeProgramme(state.streamId.slice('programme-'.length), model);
      } else {
        municipality = state.streamId.slice('municipality-'.length);
      }
      upsertStream.run(state.streamId, state.kind, municipality, state.lastRevision, stateJson(state));
      return municipality;
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
