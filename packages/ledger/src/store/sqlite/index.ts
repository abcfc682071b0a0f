export { openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
export type { EventRow } from './statements.js';
export { SQLITE_SIDE_FILES } from './side-files.js';
