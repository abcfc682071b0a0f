import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashInput = {
  streamId: string;
  revision: number;
  type: string;
  version: number;
  data: unknown;
  metadata: unknown;
};

/** sha256 over the previous hash and the canonical form of everything that makes the event what it is. */
export function hashEvent(previousHash: string, event: HashInput): string {
  const body = canonicalJson({
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    version: event.version,
    data: event.data,
    metadata: event.metadata,
  });
  return createHash('sha256').update(previousHash).update('\n').update(body).digest('hex');
}
