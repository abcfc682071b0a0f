// A program that embeds the Grip ledger through its public API only: it records part of Hoogeveen's
// programme plan in an SQLite file, reads the stream back and verifies the hash chain.
// Run: node examples/embedding/main.mjs [path/to/ledger.sqlite]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedger, programmeStreamId, randomIds, systemClock, verifyStore } from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';

const path = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'grip-embedding-')), 'ledger.sqlite');
const store = openSqliteEventStore({ path });
const ledger = createLedger({ store, clock: systemClock(), ids: randomIds() });
const context = {
  actor: 'example:embedding',
  tenant: 'GM0118',
  source: { document: '002_1c00f9e54d73cefc.txt', location: 'lines 750-757' },
};
const programmeId = 'hoogeveen-herontwerp';

const commands = [
  {
    type: 'OpenProgramme',
    data: {
      programmeId,
      title: 'Herontwerp sociaal domein 2022-2025',
      period: { firstYear: 2022, lastYear: 2025 },
      domains: [
        { code: 'WMO', name: 'Wmo' },
        { code: 'JEUGD', name: 'Jeugd' },
      ],
      categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
    },
  },
  {
    type: 'RecordDecision',
    data: {
      programmeId,
      decisionId: 'raad-2022',
      body: 'raad',
      date: '2022-02-24',
      reference: 'Programmaplan',
      summary: 'Programmaplan vastgesteld',
    },
  },
  {
    type: 'ReviseProgrammePlan',
    data: {
      programmeId,
      decisionId: 'raad-2022',
      lines: [
        { year: 2022, amount: '€ 250.000', nature: 'structural' },
        { year: 2023, amount: '€ 500.000', nature: 'structural' },
        { year: 2024, amount: '€ 1.000.000', nature: 'structural' },
        { year: 2025, amount: '€ 150.000', nature: 'structural' },
      ],
    },
  },
];

for (const command of commands) {
  // Re-running the example against the same file is harmless: the idempotency key makes it a no-op.
  const outcome = await ledger.execute(command, { ...context, idempotencyKey: `example-${command.type}` });
  if (!outcome.ok) {
    console.error(`${command.type} refused: ${outcome.error.code} ${outcome.error.message}`);
    process.exit(1);
  }
}

// Programme ids are unique per municipality: the resolver names the stream (docs/programme-ids.md).
const events = await ledger.readStream(programmeStreamId(await ledger.programmes.keyOf(context.tenant, programmeId)));
const plan = events.findLast((e) => e.type === 'ProgrammePlanRevised');
console.log(`events: ${events.length}`);
console.log(`tranches: ${plan.data.lines.map((l) => `${l.year}=${l.amount}`).join(' ')}`);
const report = await verifyStore(store);
console.log(`chain: ${report.ok ? 'intact' : 'BROKEN'} (${report.eventsChecked} events)`);
await store.close();
