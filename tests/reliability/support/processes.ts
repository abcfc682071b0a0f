import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SERVICE_MAIN = join(root, 'packages/api/dist/main.js');
export const GRIP_BIN = join(root, 'packages/api/bin/grip.js');
export const DEMO_DIR = join(root, 'examples/journals');

export const ADMIN_KEY = 'reliability-admin-key-0123456789abcdef';

export type Service = { readonly child: ChildProcess; readonly url: string; output(): string };

/** Spawns the built service on port 0 in this data folder; `ready` resolves at its "listening on" line. */
export function spawnService(
  dataDir: string,
  env: Record<string, string> = {},
): { child: ChildProcess; ready: Promise<Service> } {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    GRIP_DATA_DIR: dataDir,
    GRIP_DEMO: 'off',
    GRIP_BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'warn',
    ...env,
  };
  // An empty value means "not set".
  const childEnv = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''));
  const child = spawn(process.execPath, [SERVICE_MAIN], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<Service>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  ready.catch(() => undefined); // a start that is killed on purpose is not an unhandled rejection
  return { child, ready };
}

export const startService = (dataDir: string, env: Record<string, string> = {}): Promise<Service> =>
  spawnService(dataDir, env).ready;

/** SIGKILL: no handler runs, nothing is flushed; resolves once the process is gone. */
export function sigkill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Runs `grip <args>` to its end (or until killed), collecting its output. */
export function runGrip(
  args: readonly string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; output: string }> } {
  const child = spawn(process.execPath, [GRIP_BIN, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}
