// Ledger append benchmark: the SQLite adapter and the full facade against raw better-sqlite3 doing the
// same durable work (WAL, synchronous=FULL, one transaction per event with a revision check), all
// measured in the same run on the same disk, so the ratios mean something on a shared, noisy machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createLedger, sequentialIds, steppingClock } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';

const metadata = (i) => ({
  eventId: `bench-${i}`,
  tenant: 'GM0118',
  actor: 'bench',
  recordedAt: '2022-01-01T00:00:00.000Z',
  correlationId: `bench-${i}`,
  causationId: null,
});
const eventAt = (i) => ({
  type: 'SavingRealised',
  version: 1,
  data: { measureId: `m${i % 50}`, year: 2022 + (i % 4), amount: `${1000 + i}.5` },
  metadata: metadata(i),
});

/** Each variant is set up once, then asked for `chunk` appends at a time, round-robin, so all three share the machine's noise. */
function rawFloor(dir) {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (pos INTEGER PRIMARY KEY, stream TEXT, rev INTEGER, id TEXT UNIQUE, type TEXT, data TEXT, meta TEXT, UNIQUE(stream, rev))',
  );
  const head = db.prepare('SELECT MAX(rev) AS rev FROM events WHERE stream = ?');
  const insert = db.prepare('INSERT INTO events (stream, rev, id, type, data, meta) VALUES (?, ?, ?, ?, ?, ?)');
  const append = db.transaction((stream, expected, e) => {
    const current = head.get(stream).rev ?? -1;
    if (current !== expected) throw new Error('conflict');
    insert.run(stream, expected + 1, e.metadata.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
  });
  return {
    run: async (from, to) => {
      for (let i = from; i < to; i++) append('programme-bench', i - 1, eventAt(i));
    },
    close: async () => db.close(),
  };
}

function adapter(dir) {
  const store = openSqliteEventStore({ path: join(dir, 'adapter.sqlite') });
  return {
    run: async (from, to) => {
      for (let i = from; i < to; i++)
        await store.append('programme-bench', [eventAt(i)], i === 0 ? 'no-stream' : i - 1);
    },
    close: () => store.close(),
  };
}

async function facade(dir) {
  const store = openSqliteEventStore({ path: join(dir, 'facade.sqlite') });
  const ledger = createLedger({ store, clock: steppingClock('2022-01-01T00:00:00Z', 1), ids: sequentialIds('bench') });
  const context = { actor: 'bench', tenant: 'GM0118' };
  const programmeId = 'bench';
  await ledger.execute(
    {
      type: 'OpenProgramme',
      data: {
        programmeId,
        title: 'Bench',
        period: { firstYear: 2022, lastYear: 2025 },
        domains: [{ code: 'WMO', name: 'Wmo' }],
        categories: [{ code: 'bk', name: 'bk' }],
      },
    },
    context,
  );
  for (let m = 0; m < 50; m++)
    await ledger.execute(
      {
        type: 'RegisterMeasure',
        data: { programmeId, measureId: `m${m}`, code: `M${m}`, title: 't', domain: 'WMO', category: 'bk', owner: 'o' },
      },
      context,
    );
  return {
    run: async (from, to) => {
      for (let i = from; i < to; i++) {
        const outcome = await ledger.execute(
          {
            type: 'RealiseSaving',
            data: { programmeId, measureId: `m${i % 50}`, year: 2022 + (i % 4), amount: `${1000 + i}.5` },
          },
          context,
        );
        if (!outcome.ok) throw new Error(outcome.error.message);
      }
    },
    close: () => store.close(),
  };
}

export async function runAppendBench(args) {
  const flag = args.indexOf('--appends');
  const count = (flag >= 0 && Number(args[flag + 1])) || 3000;
  const chunk = 100;
  const dir = mkdtempSync(join(tmpdir(), 'grip-append-bench-'));
  const variants = [
    { name: 'raw better-sqlite3 (baseline, same run)', impl: rawFloor(dir), ns: 0n },
    { name: 'SqliteEventStore.append (hash chain, idempotency)', impl: adapter(dir), ns: 0n },
    { name: 'ledger.execute (parse, decide, metadata, append)', impl: await facade(dir), ns: 0n },
  ];
  try {
    console.log(
      `\nledger append: ${count} single-event appends per variant, durable (WAL, synchronous=FULL), interleaved in chunks of ${chunk}`,
    );
    for (let from = 0; from < count; from += chunk) {
      for (const v of variants) {
        const start = process.hrtime.bigint();
        await v.impl.run(from, Math.min(count, from + chunk));
        v.ns += process.hrtime.bigint() - start;
      }
    }
    const raw = count / (Number(variants[0].ns) / 1e9);
    for (const v of variants) {
      const rate = count / (Number(v.ns) / 1e9);
      console.log(`  ${v.name.padEnd(52)} ${rate.toFixed(0).padStart(7)} events/s   ${(rate / raw).toFixed(2)}x raw`);
    }
  } finally {
    for (const v of variants) await v.impl.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
