import Database from 'better-sqlite3';

/** Where an event's append call began in its stream, and how many events it wrote. */
export type BatchOf = (eventId: string) => { readonly start: number; readonly size: number } | undefined;

/**
 * The batch boundaries of a SQLite ledger, read from the file itself: the port does not expose them,
 * and a copy must keep them, or an idempotent retry of an old multi-event append would no longer be
 * recognised as the same batch. Returns undefined for a file without the columns (then the copy
 * groups by stream and correlation id instead).
 */
export function readSqliteBatches(path: string): BatchOf | undefined {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const columns = (db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name);
    if (!['event_id', 'batch_start', 'batch_size'].every((c) => columns.includes(c))) return undefined;
    const batches = new Map<string, { start: number; size: number }>();
    for (const row of db.prepare('SELECT event_id, batch_start, batch_size FROM events').iterate() as Iterable<{
      event_id: string;
      batch_start: number;
      batch_size: number;
    }>)
      batches.set(row.event_id, { start: row.batch_start, size: row.batch_size });
    return (eventId) => batches.get(eventId);
  } finally {
    db.close();
  }
}
