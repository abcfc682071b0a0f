import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { scopedProgrammeKey } from '@grip/ledger';
import { createProjectionQueries, programmeResult, yearSlices, type AsOf } from '@grip/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDataDir, tempDir } from './support/grip-cli.js';
import { runGrip, sigkill, startService, type Service } from './support/processes.js';
import {
  FISCAL_FROM,
  FISCAL_TO,
  MUNICIPALITY,
  PROGRAMME,
  seedDataFolder,
  startLoad,
  type Answer,
} from './support/rebuild-load.js';

// Enough events in one programme that a rebuild takes a measurable time (seconds on a loaded 2-core box).
const REALISATIONS = 10_000;
const dirs: string[] = [];
let seeded: string;
beforeAll(async () => {
  seeded = tempDir('live-rebuild-seed');
  dirs.push(seeded);
  await seedDataFolder(seeded, REALISATIONS);
}, 300_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const health = async (service: Service) =>
  (await (await fetch(`${service.url}/health`)).json()) as { status: string; readModels?: string };
const readModelFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith('read-models.'))
    .sort();
const stop = (service: Service) =>
  new Promise<void>((resolve) => {
    service.child.once('exit', () => resolve());
    service.child.kill('SIGTERM');
  });

/** What the fold of the events up to `position` (no read models, no snapshots) says for an answer's query. */
async function foldedFigures(dataDir: string, answers: readonly Answer[]) {
  const store = openSqliteEventStore({ path: join(dataDir, 'grip.sqlite') });
  const fold = createProjectionQueries(store);
  const expected = new Map<string, unknown>();
  try {
    for (const a of answers) {
      const key = `${a.path} ${a.position}`;
      if (expected.has(key) || a.path === '/api/v1/programmes') continue;
      const asOf = { position: a.position } as AsOf;
      if (a.path.endsWith('/year-slices') || a.path.endsWith('/result')) {
        // One fold of the programme for both views (the same view functions every path uses).
        const model = await fold.programme(scopedProgrammeKey(MUNICIPALITY, PROGRAMME), asOf);
        expected.set(`${a.path.replace(/[^/]+$/, 'year-slices')} ${a.position}`, yearSlices(model));
        expected.set(`${a.path.replace(/[^/]+$/, 'result')} ${a.position}`, programmeResult(model));
      } else {
        const years = [];
        for (let year = FISCAL_FROM; year <= FISCAL_TO; year++) {
          const b = await fold.fiscalBalance(MUNICIPALITY, year, asOf);
          years.push({ year, saldo: b.saldo, projectedSaldo: b.projectedSaldo, income: b.incomeTotal });
        }
        expected.set(key, years);
      }
    }
  } finally {
    await store.close();
  }
  return (a: Answer): unknown => expected.get(`${a.path} ${a.position}`);
}

/** The figures of an answer, in the shape foldedFigures gives them. */
function figures(a: Answer): unknown {
  const body = a.body as Record<string, unknown>;
  if (a.path.endsWith('/year-slices')) return body['years'];
  if (a.path.endsWith('/result')) {
    const { asOf: _asOf, ...result } = body;
    return result;
  }
  return (body['years'] as Array<Record<string, unknown>>).map((y) => ({
    year: y['year'],
    saldo: y['saldo'],
    projectedSaldo: y['projectedSaldo'],
    income: y['income'],
  }));
}

describe('grip rebuild on a live service', { timeout: 600_000 }, () => {
  it('swaps a new read-model file in while every query keeps answering, equal to the fold at its position', async () => {
    const dataDir = copyDataDir(seeded, 'live-rebuild');
    dirs.push(dataDir);
    const service = await startService(dataDir, { LOG_LEVEL: 'info' }); // info: the switch's log line
    try {
      // Given a live service answering from its first read-model file, under read and write load
      expect((await health(service)).readModels).toBe('read-models.sqlite');
      const load = startLoad(service.url, { readers: 3, writeEveryMs: 250 });
      await new Promise((r) => setTimeout(r, 500));

      // When grip rebuild runs against the same data folder
      load.enter('during');
      const started = performance.now();
      const rebuild = await runGrip(['rebuild', '--workers', '1'], { GRIP_DATA_DIR: dataDir }).done;
      const rebuildMs = performance.now() - started;
      load.enter('after');
      await new Promise((r) => setTimeout(r, 500));
      await load.stop();

      // Then it built a new file and the running service switched to it and removed the old one
      expect(rebuild.code, rebuild.output).toBe(0);
      const file = /read models now in (read-models\.\S+\.sqlite): the running service switched/.exec(
        rebuild.output,
      )?.[1];
      expect(file, rebuild.output).toBeDefined();
      expect((await health(service)).readModels).toBe(file);
      // (the new file is open in WAL mode: its -wal and -shm are the service's; the old file's are gone)
      expect(readModelFiles(dataDir).filter((f) => !f.startsWith(file!))).toEqual(['read-models.current']);
      expect(readModelFiles(dataDir)).toContain(file);
      expect(service.output()).not.toMatch(/could not be caught up/);
      const switched = /\{[^\n]*"msg":"switched to the rebuilt read-model file"[^\n]*\}/.exec(service.output())?.[0];
      expect(switched).toBeDefined();
      const swapMs = (JSON.parse(switched!) as { millis: number }).millis;

      // Every query, before, during and after, answered 200 with figures
      expect(load.failures).toEqual([]);
      const during = load.answers.filter((a) => a.phase === 'during');
      expect(during.length).toBeGreaterThan(20);
      expect(load.answers.filter((a) => a.status !== 200).map((a) => [a.path, a.status, a.body])).toEqual([]);
      expect(load.answers.every((a) => a.position !== null)).toBe(true);
      // The programme list comes from the index: the same programmes in every answer, none missing mid-swap
      const listed = load.answers
        .filter((a) => a.path === '/api/v1/programmes')
        .map((a) => (a.body as { programmes: Array<{ id: string }> }).programmes.map((p) => p.id));
      expect(listed[0]).toContain(PROGRAMME);
      expect(listed.filter((ids) => JSON.stringify(ids) !== JSON.stringify(listed[0]))).toEqual([]);

      // Writes made during the rebuild are visible after it: the last answer is at or after the last write
      const lastWrite = load.writes.at(-1)!;
      expect(load.writes.length).toBeGreaterThan(3);
      const final = await fetch(`${service.url}/api/v1/programmes/${PROGRAMME}/year-slices`, {
        headers: { authorization: `Bearer reliability-admin-key-0123456789abcdef`, 'grip-min-position': lastWrite },
      });
      expect(final.status).toBe(200);
      expect(BigInt(final.headers.get('grip-position')!)).toBeGreaterThanOrEqual(BigInt(lastWrite));
      const finalAnswer: Answer = {
        path: `/api/v1/programmes/${PROGRAMME}/year-slices`,
        status: 200,
        position: final.headers.get('grip-position'),
        body: await final.json(),
        phase: 'final',
      };
      await stop(service);

      // … and every answer's figures equal the fold of the events up to the position it carried
      const checked = [...load.answers.filter((a) => a.path !== '/api/v1/programmes'), finalAnswer];
      const expected = await foldedFigures(dataDir, checked);
      const mismatches = checked.filter((a) => JSON.stringify(figures(a)) !== JSON.stringify(expected(a)));
      expect(mismatches.map((a) => [a.phase, a.path, a.position])).toEqual([]);
      console.info(
        `live rebuild of ${REALISATIONS + 224} events took ${Math.round(rebuildMs)} ms (grip rebuild, start to exit); ` +
          `the service's catch-up and switch ${Math.round(swapMs)} ms; ${during.length} answers during it, ${load.writes.length} writes in the run`,
      );
    } finally {
      await sigkill(service.child);
    }
  });

  it('a rebuild killed half-way leaves the service on its file; the next start removes the half-built one', async () => {
    const dataDir = copyDataDir(seeded, 'killed-rebuild');
    dirs.push(dataDir);
    let service = await startService(dataDir);
    try {
      const query = () =>
        fetch(`${service.url}/api/v1/programmes/${PROGRAMME}/year-slices`, {
          headers: { authorization: `Bearer reliability-admin-key-0123456789abcdef` },
        });
      const before = await (await query()).json();
      // When the rebuild is killed as soon as it has started its new file
      const run = runGrip(['rebuild', '--workers', '1'], { GRIP_DATA_DIR: dataDir });
      const rebuildFiles = () => readModelFiles(dataDir).filter((f) => /^read-models\.\d{8}T/.test(f));
      // (killed at first sight of the file: an idle machine rebuilds these ~10,000 events in well under a second)
      while (rebuildFiles().length === 0) await new Promise((r) => setTimeout(r, 5));
      await sigkill(run.child);
      const halfBuilt = rebuildFiles();
      // Then nothing was switched: no pointer, the service still answers from its file, the same figures
      expect(halfBuilt.length).toBeGreaterThan(0);
      expect(existsSync(join(dataDir, 'read-models.current'))).toBe(false);
      expect((await health(service)).readModels).toBe('read-models.sqlite');
      const after = await query();
      expect(after.status).toBe(200);
      expect(await after.json()).toEqual(before);
      // And the next start removes the half-built file and its marker, and serves the same figures
      await stop(service);
      service = await startService(dataDir);
      expect(
        readModelFiles(dataDir).filter((f) => halfBuilt.includes(f)),
        `left in the folder: ${readdirSync(dataDir).join(', ')}`,
      ).toEqual([]);
      expect(existsSync(join(dataDir, 'read-models.sqlite'))).toBe(true);
      expect((await health(service)).readModels).toBe('read-models.sqlite');
      expect(await (await query()).json()).toEqual(before);
    } finally {
      await sigkill(service.child);
    }
  });
});
