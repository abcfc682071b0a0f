export * from './clock.js';
export * from './ids.js';
export * from './execution-context.js';
export { createLedger, type Ledger, type LedgerOptions } from './ledger.js';
export type { GroupCommitOptions } from './group-commit.js';
export { idempotentEventId, commandFingerprint } from './idempotency.js';
export { checkMunicipality, commandYear, type LedgerWarning } from './municipality-check.js';
export { createProgrammeResolver, type ProgrammeResolver, type ProgrammeHolder } from './programme-resolver.js';
