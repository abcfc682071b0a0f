import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Started = { child: ChildProcess; url: string; key: string; output: () => string };

/** Starts the service the way `npm start` does (after its build step) and waits for the banner. */
export function startService(dataDir: string): Promise<Started> {
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

/** SIGTERM, and the exit code once the service has shut down. */
export function stopService(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
