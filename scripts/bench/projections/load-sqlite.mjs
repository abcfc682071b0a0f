// Writes the generated events into a SQLite event store file through the ledger's adapter (hash chain,
// revisions, positions as in production). Events are buffered per stream and appended 100 at a time,
// like a batch import: each stream keeps its order, the global order stays interleaved in blocks.
import { openSqliteEventStore } from '@grip/ledger/sqlite';

export async function loadIntoSqlite(lines, path, chunk = 100) {
  const store = openSqliteEventStore({ path, synchronous: 'NORMAL' });
  const buffers = new Map();
  const flush = async (streamId, buffer) => {
    await store.append(streamId, buffer.events, buffer.first === 0 ? 'no-stream' : buffer.first - 1);
    buffers.delete(streamId);
  };
  for (const line of lines) {
    const e = JSON.parse(line);
    let buffer = buffers.get(e.streamId);
    if (!buffer) buffers.set(e.streamId, (buffer = { first: e.revision, events: [] }));
    buffer.events.push({ type: e.type, version: e.version, data: e.data, metadata: e.metadata });
    if (buffer.events.length >= chunk) await flush(e.streamId, buffer);
  }
  for (const [streamId, buffer] of [...buffers]) await flush(streamId, buffer);
  return store;
}
