// The durable floor and the batched ceiling: raw better-sqlite3 doing the same durable work as an
// append (WAL, synchronous=FULL, a revision check and an insert), without anything of the ledger.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventAt } from './events.mjs';

function openRaw(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (pos INTEGER PRIMARY KEY, stream TEXT, rev INTEGER, id TEXT UNIQUE, type TEXT, data TEXT, meta TEXT, UNIQUE(stream, rev))',
  );
  const head = db.prepare('SELECT MAX(rev) AS rev FROM events WHERE stream = ?');
  const insert = db.prepare('INSERT INTO events (stream, rev, id, type, data, meta) VALUES (?, ?, ?, ?, ?, ?)');
  const appendOne = (stream, expected, e) => {
    const current = head.get(stream).rev ?? -1;
    if (current !== expected) throw new Error('conflict');
    insert.run(stream, expected + 1, e.metadata.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
  };
  return { db, appendOne };
}

/** One transaction (one fsync) per event: what any durable single-event append must at least pay. */
export function rawFloor(dir) {
  const { db, appendOne } = openRaw(join(dir, 'raw-floor.sqlite'));
  const append = db.transaction(appendOne);
  return {
    run: async (from, to) => {
      for (let i = from; i < to; i++) append('programme-bench', i - 1, eventAt(i));
    },
    close: async () => db.close(),
  };
}

/** Up to `size` events per transaction: what batching could at best reach on this disk. */
export function rawCeiling(dir, size = 1000, file = 'raw-ceiling') {
  const { db, appendOne } = openRaw(join(dir, `${file}.sqlite`));
  const appendMany = db.transaction((from, to) => {
    for (let i = from; i < to; i++) appendOne('programme-bench', i - 1, eventAt(i));
  });
  return {
    run: async (from, to) => {
      for (let start = from; start < to; start += size) appendMany(start, Math.min(to, start + size));
    },
    close: async () => db.close(),
  };
}
