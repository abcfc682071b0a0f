// The peer: Emmett's SQLite event store (@event-driven-io/emmett-sqlite 0.38.5, on node-sqlite3), used
// as published, appending the same events one at a time with its expected-version check. Only called,
// never copied: the package is a devDependency of scripts/ alone.
import { join } from 'node:path';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { eventAt } from './events.mjs';

/**
 * Emmett 0.38.5 opens a connection per call and starts `PRAGMA journal_mode = WAL` on it without waiting;
 * when that statement is still running at COMMIT, SQLite refuses the commit (SQLITE_BUSY, "SQL statements
 * in progress") and Emmett rolls the append back, logging the error. Such an append wrote nothing, so it
 * is sent again; the retries are counted and reported.
 */
const isBusyCommit = (error) => error?.code === 'SQLITE_BUSY';

export async function emmettPeer(dir) {
  const store = getSQLiteEventStore({ fileName: join(dir, 'emmett.sqlite') });
  const peer = {
    retries: 0,
    run: async (from, to) => {
      // Emmett console.logs every error it rolls back; the count goes into the table's notes instead.
      const log = console.log;
      console.log = () => {};
      try {
        await appendRange(from, to);
      } finally {
        console.log = log;
      }
    },
    close: async () => {},
  };
  async function appendRange(from, to) {
    for (let i = from; i < to; i++) {
      const { type, data, metadata } = eventAt(i);
      for (;;) {
        try {
          // Emmett counts a stream's version from 1 (0n: no events yet), the ledger its revision from 0.
          await store.appendToStream('programme-bench', [{ type, data, metadata }], {
            expectedStreamVersion: BigInt(i),
          });
          break;
        } catch (error) {
          if (!isBusyCommit(error) || ++peer.retries > 1000) throw error;
        }
      }
    }
  }
  return peer;
}
