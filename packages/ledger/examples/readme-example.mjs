// Kept identical to the example in README.md; tests/readme-examples.e2e.spec.ts checks both.
import { createLedger, createMemoryEventStore, fixedClock, sequentialIds, programmeStreamId } from '@grip/ledger';

const ledger = createLedger({
  store: createMemoryEventStore(),
  clock: fixedClock('2022-03-01T09:00:00Z'),
  ids: sequentialIds(),
});
const context = { actor: 'user:controller', tenant: 'GM0118' };
const programmeId = 'herontwerp';

await ledger.execute(
  {
    type: 'OpenProgramme',
    data: {
      programmeId,
      title: 'Herontwerp sociaal domein',
      period: { firstYear: 2022, lastYear: 2025 },
      domains: [{ code: 'WMO', name: 'Wmo' }],
      categories: [{ code: 'bk', name: 'Beleidskeuze' }],
    },
  },
  context,
);
await ledger.execute(
  {
    type: 'RecordDecision',
    data: {
      programmeId,
      decisionId: 'raad-1',
      body: 'raad',
      date: '2022-02-24',
      reference: 'RB 2022-12',
      summary: 'Programmaplan',
    },
  },
  context,
);
await ledger.execute(
  {
    type: 'RegisterMeasure',
    data: {
      programmeId,
      measureId: 'fysio',
      code: 'W.3',
      title: 'Fysio in plaats van huishoudelijke hulp',
      domain: 'WMO',
      category: 'bk',
      owner: 'Team Wmo',
    },
  },
  context,
);
await ledger.execute(
  {
    type: 'ReviseMeasurePlan',
    data: {
      programmeId,
      measureId: 'fysio',
      decisionId: 'raad-1',
      lines: [{ year: 2023, amount: '€ 250.000', nature: 'structural' }],
    },
  },
  context,
);

const refused = await ledger.execute(
  { type: 'RealiseSaving', data: { programmeId, measureId: 'fysio', year: 2031, amount: '1.000,00' } },
  context,
);
console.log(refused.ok ? 'accepted' : refused.error.code);

const events = await ledger.readStream(programmeStreamId(await ledger.programmes.keyOf(context.tenant, programmeId)));
console.log(events.map((e) => e.type).join(', '));
console.log(events[3].data.lines[0].amount);
