// Write-path benchmark: every durable way of appending the same single events, measured in one run on
// one disk, interleaved in rounds so that all variants share the machine's noise; every figure a ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ratio, whole } from '../harness/table.mjs';
import { emmettPeer } from './emmett-peer.mjs';
import { adapter, facade } from './ledger-variants.mjs';
import { rawCeiling, rawFloor } from './raw-sqlite.mjs';

const CALLERS = 16;
const target = (value, min) => `≥ ${min}: ${value >= min ? 'met' : 'MISSED'}`;

export async function runWriteBench({ quick, args }) {
  const flag = args.indexOf('--appends');
  const count = (flag >= 0 && Number(args[flag + 1])) || (quick ? 320 : 3200);
  const chunk = 160; // a multiple of CALLERS, so each concurrent caller gets the same share of a round
  const dir = mkdtempSync(join(tmpdir(), 'grip-write-bench-'));
  const variants = [
    { key: 'floor', name: 'raw better-sqlite3, 1 transaction per event (the floor)', make: rawFloor },
    {
      key: 'ceiling',
      name: 'raw better-sqlite3, 1,000 events per transaction (ceiling)',
      make: rawCeiling,
      scale: 1000 / chunk,
    },
    { key: 'adapter', name: 'SqliteEventStore.append', make: adapter },
    { key: 'facade1', name: 'ledger.execute, 1 caller', make: (d) => facade(d, 1) },
    {
      key: 'facade16',
      name: `ledger.execute, ${CALLERS} callers on ${CALLERS} programmes`,
      make: (d) => facade(d, CALLERS),
    },
    { key: 'emmett', name: 'Emmett SQLite event store 0.38.5 (peer)', make: emmettPeer },
  ];
  const active = [];
  try {
    for (const v of variants) active.push({ ...v, impl: await v.make(dir), ns: 0n, events: 0, next: 0 });
    console.log(
      `\nwrite path: ${count} durable single-event appends per variant (WAL, synchronous=FULL), rounds of ${chunk}`,
    );
    for (let round = 0; round * chunk < count; round++) {
      for (const v of active) {
        const size = Math.round(chunk * (v.scale ?? 1));
        const start = process.hrtime.bigint();
        await v.impl.run(v.next, v.next + size);
        v.ns += process.hrtime.bigint() - start;
        v.next += size;
        v.events += size;
      }
    }
  } finally {
    for (const v of active) await v.impl.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const rate = Object.fromEntries(active.map((v) => [v.key, v.events / (Number(v.ns) / 1e9)]));
  const name = Object.fromEntries(variants.map((v) => [v.key, v.name]));
  const row = (key, against, extra = {}) => ({
    benchmark: 'write path',
    variant: name[key],
    figure: `${whole(rate[key])} events/s`,
    ratio: ratio(rate[key] / rate[against]),
    against: name[against].replace(/ \(.*\)$/, ''),
    ...extra,
  });
  const rows = [
    row('floor', 'floor'),
    row('ceiling', 'floor'),
    row('adapter', 'floor'),
    row('facade1', 'floor', { target: target(rate.facade1 / rate.floor, 0.8) }),
    row('facade1', 'emmett', { target: target(rate.facade1 / rate.emmett, 10) }),
    row('facade16', 'floor', { target: target(rate.facade16 / rate.floor, 5) }),
    row('facade16', 'ceiling', { target: target(rate.facade16 / rate.ceiling, 0.5) }),
    row('emmett', 'floor'),
  ];
  const emmett = active.find((v) => v.key === 'emmett');
  const notes = [
    `${whole(count)} appends per variant (the ceiling ${whole(active.find((v) => v.key === 'ceiling').events)}), interleaved in rounds of ${chunk}; Emmett sent ${emmett.impl.retries} appends again after its own SQLITE_BUSY commit failure (see scripts/bench/README.md).`,
  ];
  return { rows, notes, figures: rate };
}
