import { createHash } from 'node:crypto';
import { canonicalJson } from '../chain/canonical-json.js';
import type { Command } from '../commands/catalogue.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * With an idempotency key the event ids are derived from it, so a retried command produces the same
 * ids and the store recognises the batch; the fingerprint tells a retry from a different command
 * sent under the same key.
 */
export const idempotentEventId = (tenant: string, key: string, index: number): string =>
  `idem-${sha256(`${tenant}\n${key}`).slice(0, 32)}-${index}`;

export const commandFingerprint = (command: Command): string => sha256(canonicalJson(command));
