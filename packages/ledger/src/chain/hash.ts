import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Hash schemes, recorded per event (see docs/anchors.md):
 * 1. stream id, revision, type, version, data and metadata (events written before the scheme existed);
 * 2. also the store's own event id and the append call's batch (first revision, size), which decide
 *    idempotent retries, and the scheme number itself, so a scheme-2 event cannot pass as scheme 1.
 * New events are always written with the latest scheme; older ones keep verifying under their own.
 */
export const LATEST_HASH_SCHEME = 2;
export type HashScheme = 1 | 2;

export type HashInput = {
  streamId: string;
  revision: number;
  type: string;
  version: number;
  data: unknown;
  metadata: unknown;
};

/** What scheme 2 covers besides scheme 1's fields. */
export type HashInputV2 = HashInput & { eventId: string; batchStart: number; batchSize: number };

/** An event as verification sees it: the scheme it was hashed with (absent: 1) and, for scheme 2, the extra fields. */
export type HashableEvent = HashInput & {
  hashVersion?: number;
  eventId?: string;
  batchStart?: number;
  batchSize?: number;
};

const sha256 = (previousHash: string, body: string): string =>
  createHash('sha256').update(previousHash).update('\n').update(body).digest('hex');

/** What both schemes cover: the event's content and its place in its stream. */
const contentOf = (event: HashInput) => ({
  streamId: event.streamId,
  revision: event.revision,
  type: event.type,
  version: event.version,
  data: event.data,
  metadata: event.metadata,
});

/** Scheme 1: sha256 over the previous hash and the canonical form of the event's content. */
export function hashEvent(previousHash: string, event: HashInput): string {
  return sha256(previousHash, canonicalJson(contentOf(event)));
}

/** Scheme 2: every stored field that matters, the event id column and batch fields included. */
export function hashEventV2(previousHash: string, event: HashInputV2): string {
  const body = canonicalJson({
    scheme: 2,
    eventId: event.eventId,
    ...contentOf(event),
    batchStart: event.batchStart,
    batchSize: event.batchSize,
  });
  return sha256(previousHash, body);
}

/** Recomputes a stored event's hash under the scheme it names; throws on an unknown scheme or missing fields. */
export function hashStoredEvent(previousHash: string, event: HashableEvent): string {
  const scheme = event.hashVersion ?? 1;
  if (scheme === 1) return hashEvent(previousHash, event);
  if (scheme !== 2) throw new TypeError(`unknown hash scheme ${scheme}`);
  const { eventId, batchStart, batchSize } = event;
  if (eventId === undefined || batchStart === undefined || batchSize === undefined)
    throw new TypeError('a scheme-2 event needs its event id and batch fields');
  return hashEventV2(previousHash, { ...event, eventId, batchStart, batchSize });
}
