// Pure building blocks: corrections, the keyed-fact fold, models.
export { effectiveEvents, correctionLinks } from './core/effective-events.js';
export { InvalidCorrectionError } from './core/correction.js';
export { countsIn, timingCountsIn, periodYears } from './core/year-rule.js';
export type { Fact, FactValue, FactKind, FactOf, StreamState } from './state/facts.js';
export { applyEvent, applyCorrection, emptyState, foldStream } from './state/fold.js';
export { programmeModel, type ProgrammeModel, type MeasureModel, type TargetModel } from './state/programme-model.js';
export { municipalityModel, type MunicipalityModel } from './state/municipality-model.js';

// Views (pure functions of a model).
export { yearSlice, yearSlices, type YearSlice } from './views/year-slices.js';
export {
  domainTotals,
  domainTotalsAllYears,
  UNATTRIBUTED,
  type DomainTotals,
  type TotalsRow,
} from './views/domain-totals.js';
export { programmeResult, RESULT_LABELS, type ProgrammeResult, type ResultFigures } from './views/programme-result.js';
export { measureReport, type MeasureReport, type MeasureYear } from './views/measure-report.js';
export { fiscalBalance, plannedStructural, balanceYears, type FiscalBalance } from './views/fiscal-balance.js';
export { auditTrail, type AuditEntry } from './views/audit-trail.js';
export { diffProgramme, showPlan, type ProgrammeDiff, type MeasureDiff, type FigureChange } from './views/diff.js';
export { diffMunicipality, type MunicipalityDiff } from './views/municipality-diff.js';
export { programmeFigure, municipalityFigure, reconcileLine, type ReconciliationLine } from './views/reconciliation.js';

// As-of queries over a store.
export { createProjectionQueries, type ProjectionQueries, type ProjectionQueryOptions } from './queries/queries.js';

// The latest state in memory, kept current by the runner's commits.
export {
  createMaintainedModels,
  type MaintainedModels,
  type Maintained,
  type CommittedChanges,
} from './maintained/maintained-models.js';
export { createSnapshotSource, type SnapshotSource } from './snapshots/snapshot-source.js';
export type { FoldReport } from './queries/load-at.js';
export { describeAsOf, InvalidAsOfError, UnknownMomentError, type AsOf, type Cutoff } from './queries/as-of.js';
export { asOfFromText, toAsOf, AS_OF_HELP, type AsOfInput } from './queries/as-of-text.js';
export { ProgrammeNotFoundError } from './queries/load.js';

// The runner and its SQLite read models.
export { createProjectionRunner, type ProjectionRunner, type RunnerOptions } from './runner/runner.js';
export type { RebuildReport, RebuildOptions, RebuildProgress } from './runner/rebuild-types.js';
export { openReadModelDb, READ_MODEL_TABLES, type ReadModelDb } from './runner/schema.js';
export { createReadModels, type ReadModels, type MeasureRow } from './runner/read-models.js';
export { contentHash } from './runner/content-hash.js';
export type { Faults } from './runner/engine.js';
export type { StoreRecipe } from './runner/store-recipe.js';

// Test support, also used by the benchmark.
export { eventBuilder, positionOf, type EventBuilder } from './testing/event-builder.js';
export { createTestStore, type TestStore } from './testing/memory-store.js';
