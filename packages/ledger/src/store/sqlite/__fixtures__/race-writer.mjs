// Opens its own store on the shared file, prints "ready", waits for "go" on stdin, then appends one batch
// with the given expected revision and prints the outcome as JSON.
// Usage: race-writer.mjs <adapter> <db> <stream> <expectedRevision> <idPrefix>
import { createInterface } from 'node:readline';

const [adapter, path, stream, expected, idPrefix] = process.argv.slice(2);
const { openSqliteEventStore } = await import(adapter);
const store = openSqliteEventStore({ path });
const events = [0, 1].map((i) => ({
  type: 'SavingRealised',
  version: 1,
  data: { measureId: 'race', year: 2023, amount: '10.00' },
  metadata: {
    eventId: `${idPrefix}-${i}`,
    tenant: 'GM0118',
    actor: 'race-writer',
    recordedAt: '2024-04-15T09:00:00.000Z',
    correlationId: idPrefix,
    causationId: null,
  },
}));

process.stdout.write('ready\n');
const input = createInterface({ input: process.stdin });
for await (const line of input) {
  if (line !== 'go') continue;
  try {
    const result = await store.append(stream, events, Number(expected));
    process.stdout.write(`${JSON.stringify({ ok: true, lastRevision: result.lastRevision })}\n`);
  } catch (e) {
    process.stdout.write(
      `${JSON.stringify({ ok: false, code: e?.error?.code ?? String(e), actual: e?.error?.actual })}\n`,
    );
  }
  break;
}
await store.close();
process.exit(0);
