import { createHash } from 'node:crypto';
import type { Position } from '../../events/envelope.js';
import type { Position as EsdbPosition } from '@eventstore/db-client';

/**
 * EventStoreDB wants UUID event ids; ours are free-form. The UUID is derived from our id (sha256, shaped
 * as an RFC 9562 version-8 UUID), so a retry sends the same UUID and ESDB's own duplicate check sees it.
 * Our id itself travels in the metadata and is what the port speaks.
 */
export function esdbEventUuid(eventId: string): string {
  const bytes = createHash('sha256').update(`grip-event-id\n${eventId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An ESDB position is a commit/prepare pair of 64-bit numbers. As our opaque Position it is written
 * "C<20 digits>-P<20 digits>": fixed width, so even a plain string sort orders it, and comparePositions
 * compares the numbers (commit first, then prepare).
 */
export const encodeEsdbPosition = (p: EsdbPosition): Position =>
  `C${p.commit.toString().padStart(20, '0')}-P${p.prepare.toString().padStart(20, '0')}` as Position;

export function decodeEsdbPosition(position: Position | string): EsdbPosition {
  const match = /^C(\d{20})-P(\d{20})$/.exec(position);
  if (!match) throw new TypeError(`not an EventStoreDB position of this store: ${String(position)}`);
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

export function compareEsdbPositions(a: Position, b: Position): number {
  const x = decodeEsdbPosition(a);
  const y = decodeEsdbPosition(b);
  if (x.commit !== y.commit) return x.commit < y.commit ? -1 : 1;
  if (x.prepare !== y.prepare) return x.prepare < y.prepare ? -1 : 1;
  return 0;
}
