import type { DomainEvent } from '../events/catalogue.js';
import type { Lifecycle } from '../events/types/measure-status-changed.js';
import type { TargetScope } from '../events/types/target-set.js';
import type { CostKind } from '../events/types/cost-schemas.js';
import { emptyLog, type AppendLog } from '../shared/append-log.js';

export type MeasureFacts = {
  readonly code: string;
  readonly domain: string;
  readonly category: string;
  readonly lifecycle: Lifecycle | null;
};

/** A fact as now in force: the event's data, or the latest correction's replacement. */
export type EffectiveEntry = { readonly eventId: string } & DomainEvent;

/**
 * What the rules of a programme stream need to know: not the amounts (projections compute those)
 * but which ids, codes, decisions and measures exist, and each correctable fact as now in force.
 */
export type ProgrammeState = {
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
  /** Every event in stream order with the data now in force; corrections are folded in here. */
  readonly entries: AppendLog<EffectiveEntry>;
  /** Correction event id → the id of the event it corrects, so naming a correction corrects its original. */
  readonly corrections: ReadonlyMap<string, string>;
  /** Last revision folded, -1 for a stream that does not exist yet. */
  readonly revision: number;
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
