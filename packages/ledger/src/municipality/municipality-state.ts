import type { EffectiveEntry } from '../programme/programme-state.js';
import { emptyLog, type AppendLog } from '../shared/append-log.js';

/** What the rules of a municipality stream need: which income sources each year uses, names taken. */
export type MunicipalityState = {
  /** year → income sources recorded for it */
  readonly incomeSources: ReadonlyMap<number, ReadonlySet<string>>;
  readonly pcMoments: ReadonlySet<string>;
  readonly statedTotals: ReadonlySet<string>;
  readonly entries: AppendLog<EffectiveEntry>;
  readonly corrections: ReadonlyMap<string, string>;
  readonly revision: number;
};

export const initialMunicipalityState: MunicipalityState = {
  incomeSources: new Map(),
  pcMoments: new Set(),
  statedTotals: new Set(),
  entries: emptyLog(),
  corrections: new Map(),
  revision: -1,
};
