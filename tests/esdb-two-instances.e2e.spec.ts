import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startEsdbTestServer, type EsdbTestServer } from '@grip/esdb-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startService, type Service } from './reliability/support/processes.js';

type Instance = Service & { readonly dataDir: string };

/** Starts one API process on the shared EventStoreDB (test server), with its own data directory. */
async function startInstance(server: EsdbTestServer, demo: boolean): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'grip-instance-'));
  const service = await startService(dataDir, {
    GRIP_STORE: 'esdb',
    GRIP_ESDB_CONNECTION_STRING: server.connectionString,
    GRIP_DEMO: demo ? 'on' : 'off',
  });
  return { ...service, dataDir };
}

function stop(instance: Instance): Promise<number | null> {
  return new Promise((resolve) => {
    instance.child.removeAllListeners('exit');
    if (instance.child.exitCode !== null) return resolve(instance.child.exitCode);
    instance.child.on('exit', (code) => resolve(code));
    instance.child.kill('SIGTERM');
  });
}

const api = (instance: Instance, path: string, init: RequestInit = {}) =>
  fetch(`${instance.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json', ...init.headers },
  });

async function lag(instance: Instance): Promise<number> {
  const text = await (await fetch(`${instance.url}/metrics`)).text();
  return Number(/^grip_projection_lag_events (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
}

async function caughtUp(instance: Instance): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await lag(instance)) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instance.url} did not catch up:\n${instance.output()}`);
}

/** Every read-model table of one instance, rows in key order: what "identical read models" compares. */
function readModels(instance: Instance): Record<string, string[]> {
  const db = new Database(join(instance.dataDir, 'read-models.sqlite'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' ORDER BY name")
      .all() as { name: string }[];
    const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
    return Object.fromEntries(tables.map(({ name }) => [name, sorted(db.prepare(`SELECT * FROM "${name}"`).all())]));
  } finally {
    db.close();
  }
}

let server: EsdbTestServer;
const instances: Instance[] = [];

beforeAll(async () => {
  server = await startEsdbTestServer();
  instances.push(await startInstance(server, true)); // imports the demo journals
  instances.push(await startInstance(server, false));
}, 180_000);

afterAll(async () => {
  for (const instance of instances) {
    await stop(instance);
    rmSync(instance.dataDir, { recursive: true, force: true });
  }
  await server?.close();
});

describe('two API instances on one EventStoreDB (wire-level test server)', () => {
  it('a write through one is visible through the other; both reach identical read models', async () => {
    const [a, b] = instances as [Instance, Instance];
    const before = (await (await api(b, '/api/v1/programmes')).json()) as { programmes: { id: string }[] };
    expect(before.programmes.length).toBeGreaterThanOrEqual(3); // the demo import by A, read through B

    const opened = await api(a, '/api/v1/programmes', {
      method: 'POST',
      body: JSON.stringify({
        municipality: 'GM0118',
        programmeId: 'schaal-test',
        title: 'Opgeschaald',
        period: { firstYear: 2024, lastYear: 2026 },
        domains: [{ code: 'W', name: 'Wmo' }],
        categories: [{ code: 'b', name: 'Beleidskeuze' }],
      }),
    });
    expect(opened.status, await opened.clone().text()).toBe(201);

    const throughB = await api(b, '/api/v1/programmes/schaal-test');
    expect(throughB.status).toBe(200);
    expect(((await throughB.json()) as { title: string }).title).toBe('Opgeschaald');
    const again = await api(b, '/api/v1/programmes', {
      method: 'POST',
      body: JSON.stringify({
        municipality: 'GM0118',
        programmeId: 'schaal-test',
        title: 'Nog eens',
        period: { firstYear: 2024, lastYear: 2026 },
        domains: [{ code: 'W', name: 'Wmo' }],
        categories: [{ code: 'b', name: 'Beleidskeuze' }],
      }),
    });
    expect(again.status).toBe(409); // B decides on the events A wrote

    await caughtUp(a);
    await caughtUp(b);
    const modelsA = readModels(a);
    expect(Object.keys(modelsA).length).toBeGreaterThan(3);
    const modelsB = readModels(b);
    expect(modelsB['rm_stream']?.some((row) => row.includes('"programme-GM0118/schaal-test"'))).toBe(true); // A's write, projected by B
    expect(modelsB).toEqual(modelsA);
  }, 120_000);
});
