// Phase timing of a rebuild from serialized events: parse, validate, fold, commit (profiling helper).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectionRunner, openReadModelDb } from '@grip/projections';
import { toRecordedEvent } from '@grip/ledger';
import { generate } from './generate.mjs';
import { createLineStore } from './line-store.mjs';
const n = Number(process.argv[2] ?? 200000);
const { lines } = generate({ events: n });
const t = () => performance.now();
for (let r = 0; r < Number(process.argv[3] ?? 2); r++) {
  let a = t();
  const parsed = lines.map((l) => JSON.parse(l));
  const parseMs = t() - a;
  a = t();
  for (const e of parsed) toRecordedEvent(e);
  const validateMs = t() - a;
  const db = openReadModelDb(join(mkdtempSync(join(tmpdir(), 'phases-')), 'rm.sqlite'));
  const runner = createProjectionRunner({ db, store: createLineStore(lines) });
  const cpu = process.cpuUsage();
  const rep = await runner.rebuild();
  const used = process.cpuUsage(cpu);
  console.log(
    `parse ${parseMs.toFixed(0)} ms, validate ${validateMs.toFixed(0)} ms, rebuild ${rep.millis.toFixed(0)} ms (${Math.round((n / rep.millis) * 1000)} ev/s), cpu ${((used.user + used.system) / 1000).toFixed(0)} ms`,
  );
  db.close();
}
