import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { programmeStreamId, scopedProgrammeKey } from '@grip/ledger';
import { join } from 'node:path';
import { grip, journal } from './grip-cli.js';
import { ADMIN_KEY } from './processes.js';

export const PROGRAMME = 'hoogeveen-herontwerp';
export const MUNICIPALITY = 'GM0118';
export const FISCAL_FROM = 2024;
export const FISCAL_TO = 2025;
export const QUERIES = [
  `/api/v1/programmes/${PROGRAMME}/year-slices`,
  `/api/v1/programmes/${PROGRAMME}/result`,
  `/api/v1/municipalities/${MUNICIPALITY}/fiscal-balance?from=${FISCAL_FROM}&to=${FISCAL_TO}`,
  '/api/v1/programmes',
] as const;
export type QueryPath = (typeof QUERIES)[number];

/**
 * The demo journals (imported with the CLI), then `realisations` realised savings on one measure of the
 * Hoogeveen programme, appended 1,000 per transaction straight into the store (the service is not
 * running), so that a rebuild takes measurable time.
 */
export async function seedDataFolder(dataDir: string, realisations: number): Promise<void> {
  const imported = grip(
    dataDir,
    'import',
    ...['hoogeveen', 'assen', 'buren', 'dalfsen'].map((j) => journal(`${j}.yaml`)),
  );
  if (imported.code !== 0) throw new Error(`demo import failed: ${imported.stderr}`);
  const store = openSqliteEventStore({ path: join(dataDir, 'grip.sqlite'), synchronous: 'NORMAL' });
  try {
    const streamId = programmeStreamId(scopedProgrammeKey(MUNICIPALITY, PROGRAMME));
    for (let done = 0; done < realisations;) {
      const n = Math.min(1000, realisations - done);
      const revision = (await store.streamRevision(streamId))!;
      const events = Array.from({ length: n }, (_, i) => ({
        type: 'SavingRealised',
        version: 1,
        data: { measureId: 'P.1', year: 2022 + ((done + i) % 4), amount: `${100 + ((done + i) % 900)}.25` },
        metadata: {
          eventId: `seed-${done + i}`,
          tenant: MUNICIPALITY,
          actor: 'user:seed',
          recordedAt: new Date(Date.UTC(2024, 0, 1) + (done + i) * 60_000).toISOString(),
          correlationId: `seed-${done + i}`,
          causationId: null,
        },
      }));
      await store.append(streamId, events, revision);
      done += n;
    }
  } finally {
    await store.close();
  }
}

export type Answer = {
  readonly path: QueryPath;
  readonly status: number;
  readonly position: string | null;
  readonly body: unknown;
  readonly phase: string;
};

const auth = { authorization: `Bearer ${ADMIN_KEY}` };

/**
 * Readers that cycle through QUERIES and a writer that realises a saving every `writeEveryMs`, until
 * stopped. Every other read asks for the position of the latest write (read-your-writes). Each answer
 * is kept with the phase the test was in when it was asked.
 */
export function startLoad(url: string, options: { readers: number; writeEveryMs: number }) {
  const answers: Answer[] = [];
  const writes: string[] = [];
  const failures: string[] = [];
  let phase = 'before';
  let running = true;
  const reader = async (r: number) => {
    for (let n = r; running; n++) {
      const path = QUERIES[n % QUERIES.length]!;
      const asked = phase;
      const latest = n % 2 === 0 ? writes.at(-1) : undefined;
      try {
        const res = await fetch(`${url}${path}`, {
          headers: { ...auth, ...(latest !== undefined && { 'grip-min-position': latest }) },
        });
        const text = await res.text();
        answers.push({
          path,
          status: res.status,
          position: res.headers.get('grip-position'),
          body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
          phase: asked,
        });
      } catch (error) {
        failures.push(`${path}: ${String(error)}`);
      }
    }
  };
  const writer = async () => {
    for (let n = 0; running; n++) {
      try {
        const res = await fetch(`${url}/api/v1/programmes/${PROGRAMME}/measures/P.2/realisations`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ year: 2022 + (n % 4), amount: `${n + 1}` }),
        });
        const body = (await res.json()) as { position?: string };
        if (res.status === 201 && body.position !== undefined) writes.push(body.position);
        else failures.push(`write ${n}: ${res.status} ${JSON.stringify(body)}`);
      } catch (error) {
        failures.push(`write ${n}: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.writeEveryMs));
    }
  };
  const all = Promise.all([...Array.from({ length: options.readers }, (_, r) => reader(r)), writer()]);
  return {
    answers,
    writes,
    failures,
    enter(next: string) {
      phase = next;
    },
    async stop() {
      running = false;
      await all;
    },
  };
}
