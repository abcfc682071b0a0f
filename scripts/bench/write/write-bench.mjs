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
    {
      key: 'raw16',
      name: `raw better-sqlite3, ${CALLERS} events per transaction`,
      make: (d) => rawCeiling(d, CALLERS, 'raw-groups'),
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
    for (const v of variants)
      active.push({ ...v, impl: await v.make(dir), ns: 0n, userUs: 0, systemUs: 0, events: 0, next: 0 });
    console.log(
      `\nwrite path: ${count} durable single-event appends per variant (WAL, synchronous=FULL), rounds of ${chunk}`,
    );
    for (let round = 0; round * chunk < count; round++) {
      for (const v of active) {
        const size = Math.round(chunk * (v.scale ?? 1));
        const start = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        await v.impl.run(v.next, v.next + size);
        const used = process.cpuUsage(cpu);
        v.ns += process.hrtime.bigint() - start;
        v.userUs += used.user;
        v.systemUs += used.system;
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
    row('raw16', 'floor'),
    row('raw16', 'ceiling'),
    row('adapter', 'floor'),
    row('facade1', 'floor', { target: target(rate.facade1 / rate.floor, 0.8) }),
    row('facade1', 'emmett', { target: target(rate.facade1 / rate.emmett, 10) }),
    row('facade16', 'floor', { target: target(rate.facade16 / rate.floor, 5) }),
    row('facade16', 'ceiling', { target: target(rate.facade16 / rate.ceiling, 0.5) }),
    row('emmett', 'floor'),
  ];
  const emmett = active.find((v) => v.key === 'emmett');
  const cpu = Object.fromEntries(active.map((v) => [v.key, (v.userUs + v.systemUs) / v.events]));
  const user = Object.fromEntries(active.map((v) => [v.key, v.userUs / v.events]));
  const perEvent = (key) => `${us(cpu[key])} (user ${us(user[key])})`;
  const us = (x) => `${x.toFixed(0)} µs`;
  const groups = active.find((v) => v.key === 'facade16').impl.groupSizes;
  const meanGroup = groups.reduce((a, b) => a + b, 0) / Math.max(1, groups.length);
  // What explains a miss, from this run's own figures: the floor's time per event less its CPU is what
  // one commit (fsync) costs; a group of 16 commands costs one commit plus 16 times the facade's CPU.
  const commitUs = 1e6 / rate.floor - cpu.floor;
  const bound16 = (CALLERS * 1e6) / (commitUs + CALLERS * cpu.facade16);
  const notes = [
    `${whole(count)} appends per variant (the ceiling ${whole(active.find((v) => v.key === 'ceiling').events)}), interleaved in rounds of ${chunk}; Emmett sent ${emmett.impl.retries} appends again after its own SQLITE_BUSY commit failure (see scripts/bench/README.md).`,
    `CPU per event, process user + system time over the variant's rounds (user: the JavaScript and SQLite's own work; system: mostly the kernel writing and syncing the WAL; waiting for the disk is neither): floor ${perEvent('floor')}, ceiling ${perEvent('ceiling')}, ${CALLERS} per transaction ${perEvent('raw16')}, adapter ${perEvent('adapter')}, ledger.execute 1 caller ${perEvent('facade1')}, ${CALLERS} callers ${perEvent('facade16')}, Emmett ${perEvent('emmett')}.`,
    `Group commit, ${CALLERS} callers: ${whole(groups.length)} groups, mean size ${meanGroup.toFixed(1)} (min ${Math.min(...groups)}, max ${Math.max(...groups)}).`,
    `One commit costs about ${us(commitUs)} here (the floor's time per event less its CPU). A group of ${CALLERS} commands at ${us(cpu.facade16)} CPU each can then reach at most ${whole(bound16)} events/s = ${ratio(bound16 / rate.floor)} the floor, ${ratio(bound16 / rate.ceiling)} the ceiling: the ${CALLERS} callers' own bound, which raw better-sqlite3 in transactions of ${CALLERS} shows without any CPU of the ledger.`,
  ];
  return { rows, notes, figures: rate };
}
