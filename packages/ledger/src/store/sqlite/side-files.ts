/**
 * The files SQLite keeps beside a database file `<path>`: the WAL and its shared-memory index, and the
 * rollback journal (present while a connection writes before WAL mode is set, and "hot" after a crash:
 * SQLite would replay it into whatever file then has that name). Whoever moves, replaces or deletes a
 * database file moves, replaces or deletes these with it.
 */
export const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'] as const;
