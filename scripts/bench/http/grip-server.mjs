// Starts the service the way `npm start` does (packages/api/dist/main.js: store, projection runner, HTTP
// server), on 127.0.0.1 and a free port, with its data in a temporary folder and no demo data.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../packages/api/dist/main.js', import.meta.url));

export async function startGripServer(dataDir) {
  const key = `bench-admin-${randomBytes(16).toString('hex')}`;
  const child = spawn(
    process.execPath,
    [...(process.env.GRIP_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.GRIP_SERVER_PROF] : []), MAIN],
    {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        GRIP_DATA_DIR: dataDir,
        GRIP_DEMO: 'off',
        GRIP_BOOTSTRAP_ADMIN_KEY: key,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr += chunk;
    if (process.env.GRIP_SERVER_STDERR) process.stderr.write(chunk);
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
      if (out.length > 1_000_000) out = out.slice(-10_000); // request logs: keep reading, keep little
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  return {
    url,
    pid: child.pid,
    key,
    /** Peak resident memory of the server so far (Linux), in MiB. */
    peakRssMiB() {
      try {
        const kib = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kib ? Number(kib) / 1024 : null;
      } catch {
        return null;
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
