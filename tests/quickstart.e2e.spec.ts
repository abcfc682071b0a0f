import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startService, stopService, type Started } from './support/service.js';

const dataDir = mkdtempSync(join(tmpdir(), 'grip-quickstart-'));
const start = () => startService(dataDir);
const stop = stopService;

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
