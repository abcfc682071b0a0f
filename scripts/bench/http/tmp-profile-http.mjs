import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { MEASURES, openProgrammeCommand, registerMeasureCommand, savingData } from '../write/events.mjs';
const dir = mkdtempSync(join(tmpdir(), 'hp-'));
const key = 'bench-admin-0123456789abcdef0123456789abcdef';
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof/http', 'packages/api/dist/main.js'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', GRIP_DATA_DIR: dir, GRIP_DEMO: 'off', GRIP_BOOTSTRAP_ADMIN_KEY: key },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((res) => { let out=''; child.stdout.setEncoding('utf8').on('data', (c) => { out += c; const m = /listening on (http:\/\/\S+)/.exec(out); if (m) res(m[1]); if (out.length > 1e6) out = out.slice(-1e4); }); });
const post = async (path, body) => { const r = await fetch(url + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }); if (!r.ok) throw new Error(await r.text()); };
await Promise.all(Array.from({ length: 16 }, async (_, p) => { const { data } = openProgrammeCommand(`bench-${p}`); await post('/api/v1/programmes', { ...data, municipality: 'GM0118' }); for (let m = 0; m < MEASURES; m++) { const { programmeId, ...measure } = registerMeasureCommand(`bench-${p}`, m).data; await post(`/api/v1/programmes/${programmeId}/measures`, measure); } }));
let next = 0, n = 0;
const mode = process.argv[2] ?? 'write';
const opts = mode === 'health' ? { url: url + '/health', connections: 16, duration: 8 } : { url, connections: 16, duration: 8, requests: [{ method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, setupRequest: (req, ctx) => { ctx.programme ??= `bench-${next++ % 16}`; const { measureId, ...body } = savingData(n++); return { ...req, path: `/api/v1/programmes/${ctx.programme}/measures/${measureId}/realisations`, body: JSON.stringify(body) }; } }] };
const r = await new Promise((res, rej) => autocannon(opts, (e, x) => (e ? rej(e) : res(x))));
console.log(mode, r.requests.average, 'req/s', 'non2xx', r.non2xx, 'p99', r.latency.p99);
child.kill('SIGINT');
await new Promise((res) => child.once('exit', res));
