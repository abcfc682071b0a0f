import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectionRunner, type YearSlice } from '@grip/projections';
import { scopedProgrammeKey } from '@grip/ledger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { P, seedHoogeveen } from '../http/__fixtures__/hoogeveen.js';
import { createTestApi, type TestApi } from '../http/__fixtures__/test-api.js';
import { loadConfig } from './config.js';
import { openGrip, type Grip } from './open-grip.js';
import { startProjections } from './projections.js';
import { currentReadModel, newReadModelFile, pointTo } from './read-model-files/read-model-files.js';

let api: TestApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

const realised2024 = (slices: YearSlice[]) => slices.find((s) => s.year === 2024)!.realised;

/** A read-model file rebuilt from the store beside the service's, as `grip rebuild` writes it. */
async function rebuiltFile(grip: Grip, breakIt = false) {
  const target = newReadModelFile(grip.config.dataDir, grip.clock, grip.ids);
  const builder = createProjectionRunner({ store: grip.store, db: target.path });
  await builder.rebuild();
  if (breakIt) builder.db.exec('DROP TABLE rm_applied'); // every commit into it fails
  builder.db.pragma('wal_checkpoint(TRUNCATE)');
  builder.db.close();
  return target;
}

describe('the service swaps in a read-model file the folder is pointed at', () => {
  it('catches it up with writes made after the rebuild, switches, and removes the old file', async () => {
    // Given a service answering from its first file, and a file rebuilt beside it
    api = await createTestApi();
    await seedHoogeveen(api);
    const { dataDir } = api.grip.config;
    const old = currentReadModel(dataDir);
    expect(api.projections.file()).toBe('read-models.sqlite');
    const before = await api.as('viewer').get(`${P}/year-slices`).expect(200);
    const target = await rebuiltFile(api.grip);
    // … and a write after the rebuild read the store
    const write = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .send({ year: 2024, amount: '1000' })
      .expect(201);

    // When the folder is pointed at the new file
    pointTo(dataDir, target.file);

    // Then the service switches to it, removes the old file, and shows the write made after the rebuild
    await vi.waitFor(() => expect(api!.projections.file()).toBe(target.file), { timeout: 10_000, interval: 20 });
    expect(existsSync(old.path)).toBe(false);
    expect(existsSync(`${old.path}-wal`)).toBe(false);
    const after = await api
      .as('viewer')
      .get(`${P}/year-slices`)
      .set('Grip-Min-Position', write.body.position as string)
      .expect(200);
    expect(BigInt(after.headers['grip-position']!)).toBeGreaterThanOrEqual(BigInt(write.body.position as string));
    // (a realisation reports the year's realised amount of the measure: the latest report counts)
    expect(realised2024(before.body.years)).not.toBe('1000');
    expect(realised2024(after.body.years)).toBe('1000');
    // and it keeps following new writes on the new file
    const next = await api
      .as('editor')
      .post(`${P}/measures/domein-wmo/realisations`)
      .send({ year: 2024, amount: '1' })
      .expect(201);
    const latest = await api
      .as('viewer')
      .get(`${P}/year-slices`)
      .set('Grip-Min-Position', next.body.position as string)
      .expect(200);
    expect(realised2024(latest.body.years)).toBe('1');
    expect(api.projections.runner.db.name).toBe(target.path);
  });

  it('keeps answering from its file when the new one cannot be caught up, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'grip-swap-'));
    const grip = await openGrip(loadConfig({ GRIP_DATA_DIR: dataDir, GRIP_DEMO: 'off', LOG_LEVEL: 'silent' }));
    const failed = vi.fn();
    const projections = await startProjections(grip, { onSwapFailed: failed });
    try {
      const open = (programmeId: string) =>
        grip.ledger.execute(
          {
            type: 'OpenProgramme',
            data: {
              programmeId,
              title: programmeId,
              period: { firstYear: 2024, lastYear: 2025 },
              domains: [{ code: 'WMO', name: 'Wmo' }],
              categories: [{ code: 'bk', name: 'beleidskeuze' }],
            },
          },
          { actor: 'user:test', tenant: 'GM0118' },
        );
      expect((await open('first')).ok).toBe(true);
      await projections.runner.idle();
      const target = await rebuiltFile(grip, true);
      expect((await open('second')).ok).toBe(true); // the new file must commit this, and cannot
      pointTo(dataDir, target.file);
      await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(target.file, expect.any(Error)), {
        timeout: 10_000,
        interval: 20,
      });
      expect(projections.file()).toBe('read-models.sqlite');
      expect(existsSync(join(dataDir, 'read-models.sqlite'))).toBe(true);
      await projections.runner.idle();
      expect(projections.runner.models.programmeKeys()).toEqual(
        ['first', 'second'].map((id) => scopedProgrammeKey('GM0118', id)),
      );
    } finally {
      await projections.stop();
      await grip.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
