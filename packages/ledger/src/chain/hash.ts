import * as crypto from 'node:crypto';
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

/**
 * sha256 over `previousHash`, a newline and `body`, as hex. Every append hashes each event, so this takes
 * Node's one-shot `crypto.hash` (Node 20.12 and later: about half the cost of a Hash object per event);
 * older Node falls back to createHash. Both hash the same UTF-8 bytes.
 */
const sha256: (previousHash: string, body: string) => string =
  typeof crypto.hash === 'function'
    ? (previousHash, body) => crypto.hash('sha256', `${previousHash}\n${body}`, 'hex')
    : (previousHash, body) => crypto.createHash('sha256').update(previousHash).update('\n').update(body).digest('hex');

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

/**
 * Scheme 2's members in the order canonical JSON sorts them. The body is written member by member
 * rather than by building the object and sorting its keys: the same bytes (hash.unit.spec.ts checks
 * it against `canonicalJson` of the object), without the object, the sort and the key escaping, on
 * every event of every append.
 */
const V2_MEMBERS = [
  ['batchSize', (e: HashInputV2) => e.batchSize],
  ['batchStart', (e: HashInputV2) => e.batchStart],
  ['data', (e: HashInputV2) => e.data],
  ['eventId', (e: HashInputV2) => e.eventId],
  ['metadata', (e: HashInputV2) => e.metadata],
  ['revision', (e: HashInputV2) => e.revision],
  ['scheme', () => 2],
  ['streamId', (e: HashInputV2) => e.streamId],
  ['type', (e: HashInputV2) => e.type],
  ['version', (e: HashInputV2) => e.version],
] as const;

/** canonicalJson({ scheme: 2, eventId, streamId, revision, type, version, data, metadata, batchStart, batchSize }). */
export function v2Body(event: HashInputV2): string {
  let out = '{';
  for (const [key, read] of V2_MEMBERS) {
    const value = read(event);
    if (value === undefined) continue; // canonicalJson leaves undefined members out
    if (out.length > 1) out += ',';
    out += `"${key}":${canonicalJson(value)}`;
  }
  return `${out}}`;
}

/** Scheme 2: every stored field that matters, the event id column and batch fields included. */
export function hashEventV2(previousHash: string, event: HashInputV2): string {
  return sha256(previousHash, v2Body(event));
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
