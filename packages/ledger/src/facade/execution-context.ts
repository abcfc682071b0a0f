import type { DomainError } from '../errors/domain-error.js';
import type { StoreError } from '../errors/store-error.js';
import type { NewEvent, Position } from '../events/envelope.js';
import type { SourceReference } from '../events/shared-schemas.js';
import type { LedgerWarning } from './municipality-check.js';

/** Who acts, for which municipality, why, and under which concurrency and retry terms. */
export type ExecutionContext = {
  /** The authenticated principal: set by the host application, never taken from a request body. */
  readonly actor: string;
  /** CBS code of the municipality the actor acts for. */
  readonly tenant: string;
  readonly reason?: string;
  readonly source?: SourceReference;
  /** Refuse unless the stream is at exactly this revision (-1 or 'no-stream': it must not exist). */
  readonly expectedRevision?: number | 'no-stream';
  /** A retried command with the same key is a no-op that returns the original outcome. */
  readonly idempotencyKey?: string;
  readonly correlationId?: string;
  readonly causationId?: string | null;
};

export type ExecuteOutcome = {
  readonly streamId: string;
  readonly firstRevision: number;
  readonly lastRevision: number;
  readonly position: Position;
  readonly events: readonly NewEvent[];
  /** True when an idempotent retry found the original: nothing was written. */
  readonly duplicate: boolean;
  /** Accepted, but worth saying: e.g. a municipality code the operator's list could not check. */
  readonly warnings?: readonly LedgerWarning[];
};

export type LedgerError = DomainError | StoreError;
