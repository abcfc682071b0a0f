import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER, OWN, seedProgramme, startInProcess, type RunningApi } from './support/in-process.js';
import { documentedOperations, fillPath, roleAtLeast, type DocumentedOperation } from './support/operations.js';
import { tried } from './support/scale.js';

// Hole 6 of the outside probe: programme ids were one namespace, so another municipality could learn
// which ids exist (409 vs 422) and take ids first. Ids are now unique per municipality (docs/programme-ids.md).
let api: RunningApi;
let operations: DocumentedOperation[];
beforeAll(async () => {
  api = await startInProcess();
  await seedProgramme(api, 'own-programme', 'editor');
  operations = (await documentedOperations(api)).filter((op) => op.path.includes('{programmeId}'));
});
afterAll(() => api.close());

const values = (programmeId: string) => ({ programmeId, measureId: 'm1', targetId: 't1' });

/** Status and body, with the id asked for and the request's own instance taken out: what could tell ids apart. */
async function observed(op: DocumentedOperation, programmeId: string) {
  const res = await api.call('otherEditor', op.method, fillPath(op.path, values(programmeId)), op.example);
  const text = await res.text();
  const body = text === '' ? null : (JSON.parse(text) as Record<string, unknown>);
  if (body) delete body['instance'];
  return { status: res.status, body: JSON.stringify(body).replaceAll(programmeId, '<id>') };
}

describe("another municipality's programme ids", () => {
  it('cannot be observed: every programme route answers the same for a taken id as for a free one', async () => {
    const before = await api.eventCount();
    let compared = 0;
    for (const op of operations) {
      if (op.role === 'public' || !roleAtLeast('editor', op.role)) continue;
      const taken = await observed(op, 'own-programme');
      const free = await observed(op, 'nobody-has-this');
      expect(taken, `${op.method} ${op.path}`).toEqual(free);
      expect(taken.status, `${op.method} ${op.path}`).toBe(404);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
    expect(await api.eventCount()).toBe(before);
    tried(
      `${compared} programme operations as ${OTHER}'s editor, on ${OWN}'s programme id and on an id nobody has`,
      'identical status (404) and body for both; nothing written',
    );
  }, 120_000);

  it('cannot be blocked: the other municipality opens the same id, and both programmes stay apart', async () => {
    const opened = await api.call('otherEditor', 'POST', '/api/v1/programmes', {
      programmeId: 'own-programme',
      title: 'Squatter',
      period: { firstYear: 2024, lastYear: 2025 },
      domains: [{ code: 'W', name: 'Wmo' }],
      categories: [{ code: 'b', name: 'B' }],
    });
    expect(opened.status, await opened.text()).toBe(201);
    const own = (await (await api.call('viewer', 'GET', '/api/v1/programmes/own-programme')).json()) as {
      municipality: string;
      title: string;
    };
    const other = (await (await api.call('otherViewer', 'GET', '/api/v1/programmes/own-programme')).json()) as {
      municipality: string;
      title: string;
    };
    expect(own.municipality).toBe(OWN);
    expect(other).toMatchObject({ municipality: OTHER, title: 'Squatter' });
    expect(own.title).not.toBe('Squatter');
    tried(
      `${OTHER} opening programme id own-programme, which ${OWN} already uses`,
      `201; ${OWN}'s programme unchanged, each municipality reads its own`,
    );
  }, 60_000);
});
