import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLedger,
  createMemoryEventStore,
  municipalityStreamId,
  programmeStreamId,
  scopedProgrammeKey,
  sequentialIds,
  steppingClock,
  verifyStore,
  type NewEvent,
} from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { HOOGEVEEN, HOOGEVEEN_PROGRAMME as LEGACY, hoogeveenCommands } from '@grip/ledger/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSEN, createTestApi, type TestApi } from './__fixtures__/test-api.js';

// A store as releases before scoped programme ids wrote it: the Hoogeveen programme under the bare
// stream id `programme-<id>`. It must load, verify and answer as before (docs/programme-ids.md).
const dataDir = mkdtempSync(join(tmpdir(), 'grip-legacy-ids-'));
let api: TestApi;

/** Writes the Hoogeveen history through the ledger, then stores its events under the old stream ids. */
async function writeLegacyStore(): Promise<void> {
  const scratch = createMemoryEventStore();
  const ledger = createLedger({
    store: scratch,
    clock: steppingClock('2022-03-01T09:00:00Z'),
    ids: sequentialIds('old'),
  });
  for (const command of hoogeveenCommands()) {
    const outcome = await ledger.execute(command, { actor: 'user:old-release', tenant: HOOGEVEEN });
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  const store = openSqliteEventStore({ path: join(dataDir, 'grip.sqlite') });
  const asNew = (events: Awaited<ReturnType<typeof scratch.readStream>>) =>
    events.map(({ type, version, data, metadata }) => ({ type, version, data, metadata }) as NewEvent);
  const programme = await scratch.readStream(programmeStreamId(scopedProgrammeKey(HOOGEVEEN, LEGACY)));
  await store.append(programmeStreamId(LEGACY), asNew(programme), 'no-stream');
  const municipality = await scratch.readStream(municipalityStreamId(HOOGEVEEN));
  if (municipality.length > 0) await store.append(municipalityStreamId(HOOGEVEEN), asNew(municipality), 'no-stream');
  await store.close();
}

beforeAll(async () => {
  await writeLegacyStore();
  api = await createTestApi({ GRIP_DATA_DIR: dataDir });
});
afterAll(async () => {
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a store written with legacy programme stream ids', () => {
  it('verifies, and its owner reads the programme under its old id', async () => {
    expect((await verifyStore(api.grip.store)).ok).toBe(true);
    const detail = await api.as('viewer').get(`/api/v1/programmes/${LEGACY}`).expect(200);
    expect(detail.body).toMatchObject({ id: LEGACY, municipality: HOOGEVEEN });
    const slices = await api.as('viewer').get(`/api/v1/programmes/${LEGACY}/year-slices`).expect(200);
    expect(slices.body.years.map((s: { year: number; planned: string }) => `${s.year}: ${s.planned}`)).toEqual([
      '2022: 250000',
      '2023: 750000',
      '2024: 1750000',
      '2025: 1900000',
    ]);
    const listed = await api.as('viewer').get('/api/v1/programmes').expect(200);
    expect(listed.body.programmes.map((p: { id: string }) => p.id)).toEqual([LEGACY]);
  });

  it("takes its owner's writes on the legacy stream, as-of reads included", async () => {
    const written = await api
      .as('editor')
      .post(`/api/v1/programmes/${LEGACY}/decisions`)
      .send({ decisionId: 'na-migratie', body: 'college', date: '2024-02-01', reference: 'B&W', summary: 'na' })
      .expect(201);
    expect(written.body.streamId).toBe(`programme-${LEGACY}`);
    await api.as('viewer').get(`/api/v1/programmes/${LEGACY}/year-slices?asOf=2022-03-01`).expect(200);
    expect((await verifyStore(api.grip.store)).ok).toBe(true);
  });

  it('lets another municipality open the same id beside it, and both answer apart', async () => {
    const opened = await api
      .as('assenEditor')
      .post('/api/v1/programmes')
      .send({
        programmeId: LEGACY,
        title: 'Assen, zelfde id',
        period: { firstYear: 2024, lastYear: 2026 },
        domains: [{ code: 'W', name: 'Wmo' }],
        categories: [{ code: 'b', name: 'B' }],
      })
      .expect(201);
    expect(opened.body.streamId).toBe(`programme-${ASSEN}/${LEGACY}`);
    expect((await api.as('assenViewer').get(`/api/v1/programmes/${LEGACY}`).expect(200)).body.title).toBe(
      'Assen, zelfde id',
    );
    expect((await api.as('viewer').get(`/api/v1/programmes/${LEGACY}`).expect(200)).body.municipality).toBe(HOOGEVEEN);
    const ambiguous = await api.as('admin').get(`/api/v1/programmes/${LEGACY}`).expect(400);
    expect(ambiguous.body.candidates.map((c: { municipality: string }) => c.municipality)).toEqual([ASSEN, HOOGEVEEN]);
  });
});
