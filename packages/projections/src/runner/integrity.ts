import { existsSync, renameSync, rmSync } from 'node:fs';
import { SQLITE_SIDE_FILES } from '@grip/ledger/sqlite';
import Database from 'better-sqlite3';

/**
 * Opens a read-model file that passes SQLite's integrity check. A file that is not a database, or whose
 * pages are damaged, is never served: it is moved aside (`<path>.corrupt`, its WAL and shared-memory files
 * removed) and an empty database takes its place, from which the runner folds every event again.
 * `onCorrupt` is told where the damaged file went.
 */
export function openVerified(path: string, onCorrupt?: (movedTo: string, reason: string) => void): Database.Database {
  if (path === ':memory:' || path === '' || !existsSync(path)) return new Database(path);
  let reason: string;
  try {
    const db = new Database(path);
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check === 'ok') return db;
    db.close();
    reason = String(check);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  const movedTo = `${path}.corrupt`;
  renameSync(path, movedTo);
  for (const suffix of SQLITE_SIDE_FILES) rmSync(`${path}${suffix}`, { force: true });
  onCorrupt?.(movedTo, reason);
  return new Database(path);
}
