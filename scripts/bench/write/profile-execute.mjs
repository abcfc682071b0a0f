// Profiling aid (not a benchmark): runs ledger.execute over the write bench's commands on a SQLite store
// and prints µs of CPU per command. With `node --cpu-prof` it shows where that CPU goes.
//   node --cpu-prof scripts/bench/write/profile-execute.mjs [callers] [commands] [path]
// path: :memory: (default, no fsync: CPU only) or "file" (a temporary file, durable appends).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchLedger } from './ledger-variants.mjs';
import { realiseSavingAt } from './events.mjs';

const callers = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 20000);
const dir = mkdtempSync(join(tmpdir(), 'grip-profile-'));
const path = process.argv[4] ?? ':memory:';
try {
  const { store, ledger, context, programmeIds } = await benchLedger(
    path === 'file' ? join(dir, 'p.sqlite') : path,
    callers,
  );
  const cpu = process.cpuUsage();
  const t = performance.now();
  await Promise.all(
    programmeIds.map(async (programmeId, c) => {
      for (let i = c; i < count; i += callers) {
        const outcome = await ledger.execute(realiseSavingAt(i, programmeId), context);
        if (!outcome.ok) throw new Error(outcome.error.message);
      }
    }),
  );
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  console.log(
    `${callers} caller(s), ${count} commands on ${path}: ${((used.user + used.system) / count).toFixed(1)} µs CPU/command (user ${(used.user / count).toFixed(1)}), ${Math.round((count / wall) * 1000)} commands/s`,
  );
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
