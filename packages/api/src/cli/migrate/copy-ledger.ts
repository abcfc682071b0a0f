import type { EventStore, NewEvent, StoredEvent } from '@grip/ledger';
import { CliError } from '../cli-error.js';

export type CopyReport = { readonly events: number; readonly copied: number; readonly alreadyThere: number };

const asNew = (e: StoredEvent): NewEvent =>
  ({ type: e.type, version: e.version, data: e.data, metadata: e.metadata }) as NewEvent;

/**
 * Copies every event of `source` into `target` in global order, one append per original batch, with
 * the original ids, revisions and batch boundaries; the target recomputes the hash chain over the same
 * content, so the hashes come out the same (verifyCopy checks that they do) for events hashed with the
 * current scheme. Events written before hash scheme 2 are re-chained under it: the port appends with
 * the latest scheme only. Resumable: a batch whose
 * last revision the target stream already holds is skipped, so an interrupted run just runs again.
 * Each append names the exact revision it expects, so a target that diverged stops the copy.
 */
export async function copyLedger(
  source: EventStore,
  target: EventStore,
  onProgress: (done: number) => void = () => undefined,
): Promise<CopyReport> {
  const targetHead = new Map<string, number | null>();
  let events = 0;
  let copied = 0;
  let alreadyThere = 0;
  let pending: StoredEvent[] = [];

  const sameBatch = (a: StoredEvent, b: StoredEvent): boolean => {
    if (a.streamId !== b.streamId) return false;
    // Stores that report batch boundaries (SQLite, memory, EventStoreDB) are copied batch for batch;
    // for any other, one command's events share a correlation id.
    if (a.batchStart !== undefined && b.batchStart !== undefined) return a.batchStart === b.batchStart;
    return a.metadata.correlationId === b.metadata.correlationId;
  };

  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const { streamId } = batch[0]!;
    const first = batch[0]!.revision;
    const last = batch[batch.length - 1]!.revision;
    if (!targetHead.has(streamId)) targetHead.set(streamId, await target.streamRevision(streamId));
    const head = targetHead.get(streamId)!;
    if (head !== null && head >= last) {
      alreadyThere += batch.length;
    } else {
      if ((head ?? -1) !== first - 1)
        throw new CliError(
          `the target's ${streamId} ends at revision ${head ?? 'none'}, but the next event to copy is revision ${first}: ` +
            'the target holds other events; copy into an empty EventStoreDB',
        );
      await target.append(streamId, batch.map(asNew), first === 0 ? 'no-stream' : first - 1);
      copied += batch.length;
      targetHead.set(streamId, last);
    }
    onProgress(copied + alreadyThere);
  };

  for await (const event of source.readAll()) {
    events++;
    if (pending.length > 0 && !sameBatch(pending[0]!, event)) await flush();
    pending.push(event);
  }
  await flush();
  return { events, copied, alreadyThere };
}
