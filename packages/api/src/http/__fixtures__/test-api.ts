import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sequentialIds, steppingClock } from '@grip/ledger';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { loadConfig } from '../../app/config.js';
import { openGrip, type Grip } from '../../app/open-grip.js';
import { startProjections, type RunningProjections } from '../../app/projections.js';
import type { Principal, Role } from '../../auth/principal.js';
import { createHttpApp } from '../app.js';

export const HOOGEVEEN = 'GM0118';
export const ASSEN = 'GM0106';
export const PROGRAMME = 'hoogeveen-herontwerp';
export const ASSEN_PROGRAMME = 'assen-grip';

type KeyName = Role | 'assenEditor' | 'assenViewer';

export type TestApi = {
  readonly app: Express;
  readonly grip: Grip;
  readonly keys: Record<KeyName, string>;
  readonly principals: Record<KeyName, Principal>;
  /** supertest with the key of the given role (Hoogeveen-only, except admin which is '*'). */
  as(key: KeyName): {
    get(url: string): request.Test;
    post(url: string): request.Test;
    put(url: string): request.Test;
    delete(url: string): request.Test;
  };
  eventCount(): Promise<number>;
  /** The projection runner whose maintained models the app reads. */
  readonly projections: RunningProjections;
  close(): Promise<void>;
};

/**
 * A real app on the SQLite store in a temp dir, with a stepping clock and sequential ids and request
 * ids, so every event and every answer is the same on every run.
 */
export async function createTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'grip-api-'));
  const config = loadConfig({
    GRIP_DATA_DIR: dir,
    GRIP_DEMO: 'off',
    LOG_LEVEL: 'silent',
    GRIP_BODY_LIMIT: '64kb',
    GRIP_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...env,
  });
  const grip = await openGrip(config, { clock: steppingClock('2024-03-01T09:00:00Z', 1000), ids: sequentialIds() });
  const now = new Date('2024-03-01T08:00:00Z');
  const make = (name: string, role: Role, municipalities: readonly string[] | '*') =>
    grip.keys.create({ name, role, municipalities }, now);
  const created = {
    viewer: make('viewer', 'viewer', [HOOGEVEEN]),
    controller: make('controller', 'controller', [HOOGEVEEN]),
    editor: make('editor', 'editor', [HOOGEVEEN]),
    admin: make('admin', 'admin', '*'),
    assenEditor: make('assen-editor', 'editor', [ASSEN]),
    assenViewer: make('assen-viewer', 'viewer', [ASSEN]),
  };
  let requestNumber = 0;
  const projections = await startProjections(grip);
  const app = createHttpApp(grip, {
    logger: pino({ level: 'silent' }),
    requestIds: () => `req-${++requestNumber}`,
    reads: {
      models: projections.runner.models,
      snapshots: projections.runner.snapshots,
      waitMs: grip.config.readWaitMs,
    },
  });
  const keys = Object.fromEntries(Object.entries(created).map(([k, v]) => [k, v.key])) as Record<KeyName, string>;
  const principals = Object.fromEntries(Object.entries(created).map(([k, v]) => [k, v.principal])) as Record<
    KeyName,
    Principal
  >;
  const agent = request(app);
  // Read-your-writes, as a client does it: every read asks for the position of the latest write seen.
  let lastWrite: string | null = null;
  const noteWrite = (test: request.Test) =>
    test.on('response', (res: { status: number; headers: Record<string, string | undefined> }) => {
      const position = res.headers['grip-position'];
      if (res.status < 300 && position !== undefined && (lastWrite === null || Number(position) > Number(lastWrite)))
        lastWrite = position;
    });
  const read = (test: request.Test) => (lastWrite === null ? test : test.set('Grip-Min-Position', lastWrite));
  return {
    app,
    grip,
    keys,
    principals,
    as(key) {
      const auth = `Bearer ${keys[key]}`;
      return {
        get: (url) => read(agent.get(url).set('Authorization', auth)),
        post: (url) => noteWrite(agent.post(url).set('Authorization', auth)),
        put: (url) => noteWrite(agent.put(url).set('Authorization', auth)),
        delete: (url) => noteWrite(agent.delete(url).set('Authorization', auth)),
      };
    },
    async eventCount() {
      let n = 0;
      for await (const _event of grip.store.readAll()) n++;
      return n;
    },
    projections,
    async close() {
      await projections.stop();
      await grip.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
