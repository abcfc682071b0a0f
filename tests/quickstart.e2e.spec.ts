import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(join(tmpdir(), 'grip-quickstart-'));

type Started = { child: ChildProcess; url: string; key: string; output: () => string };

/** Starts the service the way `npm start` does (after its build step) and waits for the banner. */
function start(): Promise<Started> {
  const child = spawn(process.execPath, [join(root, 'packages/api/dist/main.js')], {
    env: { ...process.env, PORT: '0', GRIP_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const key = /Demo key:\s+(\S+)/.exec(output)?.[1];
      if (url && key) {
        clearTimeout(timer);
        resolve({ child, url, key, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before the banner:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the README quick start, as a new user runs it', () => {
  it("serves the demo programmes and Hoogeveen's year slices with the printed key, then stops cleanly", async () => {
    const { child, url, key } = await start();
    try {
      const get = (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}` } });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/api/v1/programmes`)).status).toBe(401);

      const { programmes: list } = (await (await get('/api/v1/programmes')).json()) as {
        programmes: Array<{ id: string; municipality: string; title: string; period: unknown }>;
      };
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.map((p) => p.municipality).sort()).toEqual(expect.arrayContaining(['GM0106', 'GM0118']));
      const hoogeveen = list.find((p) => p.municipality === 'GM0118')!;

      const slices = (await (await get(`/api/v1/programmes/${hoogeveen.id}/year-slices`)).json()) as {
        years: Array<{ year: number; planned: string }>;
      };
      expect(slices.years.map((y) => [y.year, y.planned])).toEqual([
        [2022, '250000'],
        [2023, '750000'],
        [2024, '1750000'],
        [2025, '1900000'],
      ]);

      const balance = (await (await get('/api/v1/municipalities/GM0118/fiscal-balance?from=2017&to=2020')).json()) as {
        years: Array<{ year: number; saldo: string }>;
      };
      expect(balance.years.map((y) => y.saldo)).toEqual(['-646765', '-4436005', '-2729576', '-646354']);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('starts again on the same data without importing the demo twice', async () => {
    const first = await start();
    const count = async (s: Started) => {
      const response = await fetch(`${s.url}/api/v1/programmes`, { headers: { authorization: `Bearer ${s.key}` } });
      const { programmes } = (await response.json()) as { programmes: unknown[] };
      return programmes.length;
    };
    const before = await count(first);
    expect(await stop(first.child)).toBe(0);
    const second = await start();
    try {
      expect(second.key).toBe(first.key);
      expect(await count(second)).toBe(before);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });
});
