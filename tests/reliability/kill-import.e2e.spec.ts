import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, runGrip, sigkill } from './support/processes.js';
import { progress, SCALE, timeoutFor, tried } from './support/scale.js';
import { checkStore } from './support/store-check.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const DEMO_EVENTS = 224;
const journals = readdirSync(DEMO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(DEMO_DIR, f));

const importInto = (dataDir: string) => runGrip(['import', ...journals], { GRIP_DATA_DIR: dataDir });

describe('SIGKILL of `grip import`', () => {
  it(
    `leaves the journals all written or not at all, verify ok, and a re-run completes them, over ${SCALE.importKills} kills`,
    async () => {
      // How long an uninterrupted import takes here, so the kills spread over its whole run.
      const measureDir = mkdtempSync(join(tmpdir(), 'grip-rel-import-'));
      dirs.push(measureDir);
      const started = Date.now();
      const full = await importInto(measureDir).done;
      expect(full.code, full.output).toBe(0);
      const duration = Date.now() - started;
      expect((await checkStore(measureDir)).events.length).toBe(DEMO_EVENTS);

      const outcomes = { none: 0, all: 0 };
      for (let round = 0; round < SCALE.importKills; round++) {
        const dataDir = mkdtempSync(join(tmpdir(), 'grip-rel-import-'));
        const { child, done } = importInto(dataDir);
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * duration * 1.1)));
        await sigkill(child);
        await done;
        const afterKill = await checkStore(dataDir);
        const count = afterKill.events.length;
        expect([0, DEMO_EVENTS], `round ${round}: a partial import of ${count} events`).toContain(count);
        expect(afterKill.verifyOk, afterKill.verifyDetail).toBe(true);
        if (count === 0) outcomes.none++;
        else outcomes.all++;
        // Every few rounds: the same import again finishes the job and writes nothing twice.
        if (round % 5 === 0) {
          const rerun = await importInto(dataDir).done;
          expect(rerun.code, rerun.output).toBe(0);
          const after = await checkStore(dataDir);
          expect(after.events.length).toBe(DEMO_EVENTS);
          expect(after.verifyOk).toBe(true);
        }
        rmSync(dataDir, { recursive: true, force: true });
        progress(
          'import kills checked',
          round + 1,
          10,
          `${outcomes.none} left none, ${outcomes.all} left all, 0 partial`,
        );
      }
      tried(
        `${SCALE.importKills} SIGKILLs of \`grip import\` (4 demo journals, ${DEMO_EVENTS} events) at random moments over its ${duration} ms run`,
        `no partial import: ${outcomes.none} kill(s) left 0 events, ${outcomes.all} left all ${DEMO_EVENTS}; verify ok after each; re-runs completed the import`,
      );
    },
    timeoutFor(SCALE.importKills, 20_000),
  );
});
