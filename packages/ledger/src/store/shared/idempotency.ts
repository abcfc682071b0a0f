import type { Position } from '../../events/envelope.js';
import type { AppendResult } from '../port.js';
import { idempotencyConflict } from './store-failures.js';

/** What an adapter knows about an already stored event when a batch is (re)appended. */
export type StoredBatchMember = {
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position;
  readonly batchStart: number;
  readonly batchSize: number;
};

export function assertNonEmptyBatch(streamId: string, count: number): void {
  if (count === 0) throw new TypeError(`append to ${streamId}: a batch needs at least one event`);
}

/**
 * Decides whether a batch is new, an exact retry of an earlier append (same ids, same stream, same
 * order, same batch boundaries), or a conflict. Returns the original result for a retry and null for a
 * new batch. Checked BEFORE the expected revision: a retry after a lost acknowledgement would otherwise
 * fail on the revision its own first attempt moved.
 */
export function classifyBatch(
  streamId: string,
  eventIds: readonly string[],
  found: readonly (StoredBatchMember | undefined)[],
): AppendResult | null {
  const seen = new Set<string>();
  for (const id of eventIds) {
    if (seen.has(id)) throw idempotencyConflict(id, 'appears twice in one batch');
    seen.add(id);
  }
  const storedIndex = found.findIndex((f) => f !== undefined);
  if (storedIndex === -1) return null;
  const missingIndex = found.findIndex((f) => f === undefined);
  if (missingIndex !== -1)
    throw idempotencyConflict(
      eventIds[storedIndex]!,
      'is already stored, but the rest of its batch is not: a partial retry',
    );

  const first = found[0]!;
  for (let i = 0; i < found.length; i++) {
    const member = found[i]!;
    const id = eventIds[i]!;
    if (member.streamId !== streamId)
      throw idempotencyConflict(id, `is already stored in stream ${member.streamId}, not ${streamId}`);
    if (member.revision !== first.revision + i) throw idempotencyConflict(id, 'is already stored, in another order');
  }
  if (first.batchStart !== first.revision || first.batchSize !== eventIds.length) {
    throw idempotencyConflict(
      eventIds[0]!,
      `was stored in a batch of ${first.batchSize} from revision ${first.batchStart}, not this one`,
    );
  }
  const last = found[found.length - 1]!;
  return {
    streamId,
    firstRevision: first.revision,
    lastRevision: last.revision,
    position: last.position,
    duplicate: true,
  };
}
