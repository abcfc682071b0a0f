export { openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
export type { EventRow } from './statements.js';
