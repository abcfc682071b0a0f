import { emptyLog } from '../shared/append-log.js';
import type { CorrectableState } from '../shared/corrections.js';

/** What the rules of a municipality stream need: which income sources each year uses, names taken. */
export type MunicipalityState = CorrectableState & {
  /** year → income sources recorded for it */
  readonly incomeSources: ReadonlyMap<number, ReadonlySet<string>>;
  readonly pcMoments: ReadonlySet<string>;
  readonly statedTotals: ReadonlySet<string>;
};

export const initialMunicipalityState: MunicipalityState = {
  incomeSources: new Map(),
  pcMoments: new Set(),
  statedTotals: new Set(),
  entries: emptyLog(),
  corrections: new Map(),
  revision: -1,
};
