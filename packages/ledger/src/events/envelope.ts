import type { DomainEvent } from './catalogue.js';
import type { EventMetadata } from './metadata.js';

/** Opaque, ordered global position; adapters define what is inside (a row number, a commit/prepare pair). */
export type Position = string & { readonly __position: unique symbol };

/** A domain event with its metadata, ready to append. */
export type NewEvent = DomainEvent & { readonly version: number; readonly metadata: EventMetadata };

/**
 * An event exactly as a store holds it: its original version and data (not upcast, not validated),
 * where it sits, and its chain hash. Hashes are verified over this form.
 */
export type StoredEvent = {
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly revision: number;
  readonly position: Position;
  readonly type: string;
  readonly version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  /** sha256 over the canonical form of this event and the previous event's hash in the stream. */
  readonly hash: string;
  readonly previousHash: string;
  /**
   * The hash scheme of `hash` (chain/hash.ts): absent or 1 for events written before scheme 2. Scheme 2
   * also covers the fields below, which a store reports so that they can be verified.
   */
  readonly hashVersion?: number;
  /** The store's own record of the event id (SQLite: the event_id column), which idempotency looks up. */
  readonly eventId?: string;
  /** First revision and size of the append call that wrote the event: what makes a retry "the same batch". */
  readonly batchStart?: number;
  readonly batchSize?: number;
};

/** A stored event upcast to the current version of its type and validated: what domain code folds. */
export type RecordedEvent = DomainEvent & Omit<StoredEvent, 'type' | 'data'>;
