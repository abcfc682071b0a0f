import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER, seedProgramme, startInProcess, type KeyName, type RunningApi } from './support/in-process.js';
import {
  documentedOperations,
  fillPath,
  isScoped,
  roleAtLeast,
  type DocumentedOperation,
  type Role,
} from './support/operations.js';
import { tried } from './support/scale.js';

let api: RunningApi;
let operations: DocumentedOperation[];
const KEY_ROLES: Record<KeyName, Role> = {
  viewer: 'viewer',
  controller: 'controller',
  editor: 'editor',
  admin: 'admin',
  otherViewer: 'viewer',
  otherEditor: 'editor',
  otherAdmin: 'admin',
};
const OWN_KEYS: KeyName[] = ['viewer', 'controller', 'editor', 'admin'];
const OTHER_KEYS: KeyName[] = ['otherViewer', 'otherEditor', 'otherAdmin'];

beforeAll(async () => {
  api = await startInProcess();
  await seedProgramme(api, 'own-programme', 'editor');
  operations = await documentedOperations(api);
});
afterAll(() => api.close());

/** Path values naming the own municipality's things: requests with another municipality's key must not reach them. */
const OWN_VALUES = { programmeId: 'own-programme', code: 'GM0118', measureId: 'm1', targetId: 't1', keyId: 'nokey' };

describe('route × role × own/other municipality', () => {
  it('every documented route answers each key by its role and municipality, and foreign keys write nothing', async () => {
    const cells: string[] = [];
    const counts = { anonymous401: 0, role403: 0, foreign404: 0, allowed: 0, public: 0 };
    for (const op of operations) {
      const url = fillPath(op.path, OWN_VALUES);
      const body = op.example;
      if (op.role === 'public') {
        const res = await api.call(null, op.method, url);
        expect(res.status, `${op.method} ${url} (public)`).toBeLessThan(500);
        await res.body?.cancel();
        counts.public++;
        continue;
      }
      const anonymous = await api.call(null, op.method, url, body);
      expect(anonymous.status, `${op.method} ${url} without a key`).toBe(401);
      await anonymous.body?.cancel();
      counts.anonymous401++;

      for (const key of [...OWN_KEYS, ...OTHER_KEYS]) {
        const before = await api.eventCount();
        const res = await api.call(key, op.method, url, body);
        const status = res.status;
        const text = await res.text();
        const cell = `${op.method} ${op.path} as ${key}: ${status}`;
        cells.push(cell);
        expect(status, `${cell} ${text}`).toBeLessThan(500);
        if (!roleAtLeast(KEY_ROLES[key], op.role)) {
          expect(status, `${cell}: the role is too low`).toBe(403);
          expect(await api.eventCount(), cell).toBe(before);
          counts.role403++;
        } else if (OTHER_KEYS.includes(key) && isScoped(op.path)) {
          // Another municipality's programme or code answers exactly like one that does not exist.
          expect(status, `${cell}: another municipality's data`).toBe(404);
          expect(await api.eventCount(), cell).toBe(before);
          counts.foreign404++;
        } else {
          expect([401, 403], `${cell}: own data with a sufficient role`).not.toContain(status);
          counts.allowed++;
        }
      }
    }
    // The programme list of a foreign key does not show the own programme.
    const list = (await (await api.call('otherAdmin', 'GET', '/api/v1/programmes')).json()) as {
      programmes: { id: string }[];
    };
    expect(list.programmes.map((p) => p.id)).not.toContain('own-programme');
    tried(
      `${operations.length} documented operations × no key and 7 keys (4 roles of ${'GM0118'}, 3 of ${OTHER}) = ${cells.length + counts.anonymous401 + counts.public} requests`,
      `${counts.anonymous401} anonymous → 401; ${counts.role403} role too low → 403; ${counts.foreign404} other municipality → 404 and nothing written; ${counts.allowed} own-municipality calls passed authorisation; no 5xx`,
    );
  }, 300_000);
});
