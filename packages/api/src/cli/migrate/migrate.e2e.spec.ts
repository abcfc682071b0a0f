import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEsdbTestServer, type EsdbTestServer } from '@grip/esdb-test-server';
import type { EventStore, StoredEvent } from '@grip/ledger';
import { createEsdbEventStore } from '@grip/ledger/esdb';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, spawnGripAsync } from '../__fixtures__/spawn-grip.js';
import { copyLedger } from './copy-ledger.js';

// `grip migrate` as a user runs it (spawned, on the built dist/), into the wire-level ESDB test server.
const demo = ['hoogeveen.yaml', 'assen.yaml', 'buren.yaml', 'dalfsen.yaml'].map((f) =>
  join(repoRoot, 'examples/journals', f),
);
const dataDir = mkdtempSync(join(tmpdir(), 'grip-migrate-'));
const sqlitePath = join(dataDir, 'grip.sqlite');
const grip = (env: Record<string, string>, ...args: string[]) => spawnGripAsync(dataDir, args, env);

async function all(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}
const shape = (e: StoredEvent) => [e.streamId, e.revision, e.metadata.eventId, e.hash, e.previousHash];

const servers: EsdbTestServer[] = [];
beforeAll(async () => {
  const imported = await grip({}, 'import', ...demo);
  expect(imported.code, imported.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('grip migrate: SQLite ledger into EventStoreDB (test server)', () => {
  it('copies every event with ids, revisions, order and hashes kept, and verifies the copy', async () => {
    const server = await startEsdbTestServer();
    servers.push(server);
    const run = await grip({}, 'migrate', '--to', server.connectionString);
    expect(run.stderr.replace(/copying.*\n?/g, '')).toBe('');
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/^copied 224 event\(s\)\nverified: 224 event\(s\) in \d+ stream\(s\) identical/);

    const source = openSqliteEventStore({ path: sqlitePath });
    const target = createEsdbEventStore({ connectionString: server.connectionString });
    try {
      expect((await all(target)).map(shape)).toEqual((await all(source)).map(shape));
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it('resumes an interrupted copy and ends with the same verified result', async () => {
    const server = await startEsdbTestServer({ batchAppend: false });
    servers.push(server);
    const source = openSqliteEventStore({ path: sqlitePath });
    const target = createEsdbEventStore({ connectionString: server.connectionString });
    const interrupted: EventStore = {
      ...source,
      async *readAll(options) {
        let n = 0;
        for await (const e of source.readAll(options)) {
          if (++n > 100) throw new Error('interrupted');
          yield e;
        }
      },
    };
    try {
      await expect(copyLedger(interrupted, target)).rejects.toThrow('interrupted');
    } finally {
      await source.close();
      await target.close();
    }
    const run = await grip({ GRIP_ESDB_CONNECTION_STRING: server.connectionString }, 'migrate');
    expect(run.code, run.stderr).toBe(0);
    const resumed = /copied (\d+) event\(s\); (\d+) were already there \(resumed\)/.exec(run.stdout);
    expect(resumed).not.toBeNull();
    expect(Number(resumed![1]) + Number(resumed![2])).toBe(224);
    expect(Number(resumed![2])).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/verified: 224 event\(s\)/);
  }, 120_000);

  it('refuses a target that holds other events in the same streams, and says so', async () => {
    const server = await startEsdbTestServer();
    servers.push(server);
    const source = openSqliteEventStore({ path: sqlitePath });
    const target = createEsdbEventStore({ connectionString: server.connectionString });
    try {
      const [first] = await all(source);
      await target.append(
        first!.streamId,
        [{ ...first!, metadata: { ...first!.metadata, eventId: 'intruder' } } as never],
        'no-stream',
      );
    } finally {
      await source.close();
      await target.close();
    }
    const run = await grip({}, 'migrate', '--to', server.connectionString);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/differs|holds other events/);
  }, 120_000);

  it('explains what is missing without a target', async () => {
    const run = await grip({}, 'migrate');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--to esdb:\/\/… or GRIP_ESDB_CONNECTION_STRING/);
  });
});
