import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp, listen, loadConfig, openGrip, type Grip, type Role } from '@grip/api';

export type KeyName = 'viewer' | 'controller' | 'editor' | 'admin' | 'otherViewer' | 'otherEditor' | 'otherAdmin';
export const OWN = 'GM0118';
export const OTHER = 'GM0106';

const KEYS: Record<KeyName, { role: Role; municipalities: readonly string[] | '*' }> = {
  viewer: { role: 'viewer', municipalities: [OWN] },
  controller: { role: 'controller', municipalities: [OWN] },
  editor: { role: 'editor', municipalities: [OWN] },
  admin: { role: 'admin', municipalities: [OWN] },
  otherViewer: { role: 'viewer', municipalities: [OTHER] },
  otherEditor: { role: 'editor', municipalities: [OTHER] },
  otherAdmin: { role: 'admin', municipalities: [OTHER] },
};

export type RunningApi = {
  readonly url: string;
  readonly grip: Grip;
  readonly keys: Record<KeyName, string>;
  call(
    key: KeyName | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
};

/** The real HTTP service in this process on 127.0.0.1, port 0, over SQLite in a temp folder. */
export async function startInProcess(env: Record<string, string> = {}): Promise<RunningApi> {
  const dir = mkdtempSync(join(tmpdir(), 'grip-rel-api-'));
  const config = loadConfig({
    GRIP_DATA_DIR: dir,
    GRIP_DEMO: 'off',
    LOG_LEVEL: 'silent',
    GRIP_SQLITE_SYNCHRONOUS: 'NORMAL',
    GRIP_AUTH_FAILURES_PER_MINUTE: '1000000',
    GRIP_CONCURRENT_READS_PER_KEY: '1000',
    ...env,
  });
  const grip = await openGrip(config);
  const now = new Date();
  const keys = Object.fromEntries(
    Object.entries(KEYS).map(([name, spec]) => [name, grip.keys.create({ name, ...spec }, now).key]),
  ) as Record<KeyName, string>;
  const app = createHttpApp(grip); // LOG_LEVEL silent: the app's own logger says nothing
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    grip,
    keys,
    call(key, method, path, body, headers = {}) {
      return fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(key && { authorization: `Bearer ${keys[key]}` }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    },
    async eventCount() {
      let n = 0;
      for await (const _ of grip.store.readAll()) n++;
      return n;
    },
    async close() {
      await server.close(100);
      await grip.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A programme of the own municipality with one measure, opened through the API. */
export async function seedProgramme(api: RunningApi, programmeId: string, key: KeyName = 'editor'): Promise<void> {
  const open = await api.call(key, 'POST', '/api/v1/programmes', {
    programmeId,
    title: 'Reliability',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'x', name: 'X' }],
  });
  if (open.status !== 201) throw new Error(`seed: ${open.status} ${await open.text()}`);
}
