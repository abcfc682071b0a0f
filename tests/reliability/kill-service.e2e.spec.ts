import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, sigkill, spawnService, startService, type Service } from './support/processes.js';
import { progress, SCALE, timeoutFor, tried } from './support/scale.js';
import { checkStore } from './support/store-check.js';

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `grip-rel-${name}-`));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PROGRAMME = 'reliability-kill';
const DEMO_EVENTS = 224;
const ROUNDS_PER_STORE = 25;

const post = (service: Service, path: string, body: unknown) =>
  fetch(`${service.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Four clients write decisions until the service dies; returns the event ids it acknowledged (201). */
async function writeUntilKilled(service: Service, round: number, killAfterMs: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let stop = false;
  const writer = async (w: number) => {
    for (let n = 0; !stop; n++) {
      try {
        const res = await post(service, `/api/v1/programmes/${PROGRAMME}/decisions`, {
          decisionId: `r${round}-w${w}-n${n}`,
          body: 'college',
          date: '2024-01-10',
          reference: 'B&W',
          summary: 'reliability',
        });
        if (res.status === 201) {
          const body = (await res.json()) as { events: { eventId: string }[] };
          acknowledged.push(...body.events.map((e) => e.eventId));
        } else await res.body?.cancel();
      } catch {
        return; // connection refused or reset: the service is gone
      }
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  await new Promise((r) => setTimeout(r, killAfterMs));
  await sigkill(service.child);
  stop = true;
  await Promise.all(writers);
  return acknowledged;
}

/** A data folder with the programme the writers write to, opened by a service that is then killed. */
async function freshStore(): Promise<string> {
  const dataDir = tempDir('service');
  const first = await startService(dataDir);
  const opened = await post(first, '/api/v1/programmes', {
    programmeId: PROGRAMME,
    municipality: 'GM0118',
    title: 'Reliability',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'x', name: 'X' }],
  });
  expect(opened.status, await opened.text()).toBe(201);
  await sigkill(first.child);
  return dataDir;
}

describe('SIGKILL of the service under write load', () => {
  it(
    `loses no acknowledged write and leaves a verifiable store, over ${SCALE.serviceKills} kills`,
    async () => {
      let acknowledgedTotal = 0;
      let storedTotal = 0;
      let dataDir = '';
      for (let round = 0; round < SCALE.serviceKills; round++) {
        // A fresh store every ROUNDS_PER_STORE kills: each kill is checked as before (every acknowledged
        // write, verify of the whole store), but start-up and the check no longer grow with all earlier rounds.
        if (round % ROUNDS_PER_STORE === 0) {
          if (dataDir) storedTotal += (await checkStore(dataDir)).events.length;
          dataDir = await freshStore();
        }
        const service = await startService(dataDir);
        const acknowledged = await writeUntilKilled(service, round, 200 + Math.floor(Math.random() * 1300));
        const check = await checkStore(dataDir);
        const lost = acknowledged.filter((id) => !check.has(id));
        expect(lost, `round ${round}: acknowledged but not stored`).toEqual([]);
        expect(check.verifyOk, `round ${round}: ${check.verifyDetail}`).toBe(true);
        acknowledgedTotal += acknowledged.length;
        progress('service kills checked', round + 1, 10, `${acknowledgedTotal} acknowledged writes, 0 lost, verify ok`);
      }
      storedTotal += (await checkStore(dataDir)).events.length;
      const stores = Math.ceil(SCALE.serviceKills / ROUNDS_PER_STORE);
      tried(
        `${SCALE.serviceKills} SIGKILLs of the service while 4 clients wrote (${acknowledgedTotal} writes acknowledged), ${ROUNDS_PER_STORE} kills per store`,
        `0 acknowledged writes lost; verify ok after every kill (${storedTotal} events stored in ${stores} store(s))`,
      );
    },
    timeoutFor(SCALE.serviceKills, 15_000),
  );
});

describe('SIGKILL during the demo import at first start', () => {
  it(
    `leaves all or none of the demo, and the next start completes it, over ${SCALE.demoKills} kills`,
    async () => {
      const seen: number[] = [];
      let startedBeforeKill = 0;
      for (let round = 0; round < SCALE.demoKills; round++) {
        const dataDir = tempDir('demo');
        const { child, ready } = spawnService(dataDir, { GRIP_DEMO: 'on', GRIP_BOOTSTRAP_ADMIN_KEY: '' });
        // The import runs from shortly after spawn until the banner; kill somewhere in that window.
        await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 2500)));
        const finishedFirst = await Promise.race([
          ready.then(
            () => true,
            () => false,
          ),
          Promise.resolve(false),
        ]);
        await sigkill(child);
        const afterKill = await checkStore(dataDir).catch(() => null);
        const count = afterKill?.events.length ?? 0;
        seen.push(count);
        if (finishedFirst) startedBeforeKill++;
        expect([0, DEMO_EVENTS], `round ${round}: a partial demo import of ${count} events`).toContain(count);
        if (afterKill) expect(afterKill.verifyOk).toBe(true);

        const next = await startService(dataDir, { GRIP_DEMO: 'on', GRIP_BOOTSTRAP_ADMIN_KEY: '' });
        await sigkill(next.child);
        const completed = await checkStore(dataDir);
        expect(completed.events.length).toBe(DEMO_EVENTS);
        expect(completed.verifyOk).toBe(true);
      }
      tried(
        `${SCALE.demoKills} SIGKILL(s) during the first start's demo import`,
        `after each kill the store held ${seen.join(', ')} events (all or nothing); the next start completed the demo (${DEMO_EVENTS} events, verify ok); ${startedBeforeKill} kill(s) came after the start had finished`,
      );
    },
    timeoutFor(SCALE.demoKills, 40_000),
  );
});
