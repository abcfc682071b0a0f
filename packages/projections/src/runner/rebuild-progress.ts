import type { EventStore, StoredEvent } from '@grip/ledger';
import type { RebuildProgress } from './runner.js';

const EVERY = 5000;

/**
 * The events of a one-thread rebuild, reporting progress every 5,000 and once at the end. The total is
 * the sum of the streams' lengths as listed before reading (listing is cheap next to the rebuild; events
 * appended meanwhile make it a little high, so the last report gives the count actually applied).
 */
export async function countingEvents(store: EventStore, events: AsyncIterable<StoredEvent>, onProgress: (progress: RebuildProgress) => void): Promise<AsyncIterable<StoredEvent>> {
  let total = 0;
  for await (const s of store.listStreams()) total += s.lastRevision + 1;
  return (async function* counted() {
    let done = 0;
    onProgress({ done, total, unit: 'events' });
    for await (const event of events) {
      yield event;
      if (++done % EVERY === 0) onProgress({ done: Math.min(done, total), total, unit: 'events' });
    }
    onProgress({ done, total: done, unit: 'events' });
  })();
}
