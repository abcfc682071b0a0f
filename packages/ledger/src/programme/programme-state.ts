import type { Lifecycle } from '../events/types/measure-status-changed.js';
import type { TargetScope } from '../events/types/target-set.js';
import type { CostKind } from '../events/types/cost-schemas.js';
import { emptyLog } from '../shared/append-log.js';
import type { CorrectableState, EffectiveEntry } from '../shared/corrections.js';

export type MeasureFacts = {
  readonly code: string;
  readonly domain: string;
  readonly category: string;
  readonly lifecycle: Lifecycle | null;
  /** The measure this one is a sub-measure of (A for A.1), or null for a measure of its own. */
  readonly parentMeasureId: string | null;
  /** Plan lines in force, and whether a saving was ever realised on it: figures of its own. */
  readonly hasPlan: boolean;
  readonly hasRealised: boolean;
};

export type { EffectiveEntry };

/**
 * What the rules of a programme stream need to know: not the amounts (projections compute those)
 * but which ids, codes, decisions and measures exist, and each correctable fact as now in force.
 */
export type ProgrammeState = CorrectableState & {
  readonly opened: boolean;
  readonly programmeId: string;
  readonly municipality: string;
  readonly period: { readonly firstYear: number; readonly lastYear: number };
  readonly domains: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly targets: ReadonlyMap<string, TargetScope>;
  readonly measures: ReadonlyMap<string, MeasureFacts>;
  /** Normalised printed code → measureId: codes are unique within a programme. */
  readonly codes: ReadonlyMap<string, string>;
  readonly costs: ReadonlyMap<string, { readonly measureId: string | null; readonly kind: CostKind }>;
  readonly statedTotals: ReadonlySet<string>;
};

export const initialProgrammeState: ProgrammeState = {
  opened: false,
  programmeId: '',
  municipality: '',
  period: { firstYear: 0, lastYear: 0 },
  domains: new Set(),
  categories: new Set(),
  decisions: new Set(),
  targets: new Map(),
  measures: new Map(),
  codes: new Map(),
  costs: new Map(),
  statedTotals: new Set(),
  entries: emptyLog(),
  corrections: new Map(),
  revision: -1,
};

/** "C 2.1", "c2.1" and "C  2.1" are the same printed code. */
export const normaliseCode = (code: string): string => code.toUpperCase().replace(/\s+/g, '');
