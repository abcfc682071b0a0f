// 16 concurrent callers execute commands through one ledger with group commit, each printing
// "ack <caller> <n> <stream> <revision>" once its command is acknowledged; every group append prints
// "group <size>". The parent SIGKILLs it at some point.
// Usage: group-crash-writer.mjs <compiled ledger index> <compiled sqlite adapter> <db> <next n per caller, comma-separated>
const [ledgerModule, adapterModule, path, nextList] = process.argv.slice(2);
const { createLedger, randomIds, systemClock } = await import(ledgerModule);
const { openSqliteEventStore } = await import(adapterModule);

const inner = openSqliteEventStore({ path, synchronous: 'FULL' });
const store = Object.create(inner);
store.appendEach = async (requests) => {
  process.stdout.write(`group ${requests.length}\n`);
  return inner.appendEach(requests);
};
const ledger = createLedger({ store, clock: systemClock(), ids: randomIds() });
const context = { actor: 'crash-writer', tenant: 'GM0118' };
const must = async (command, key) => {
  const outcome = await ledger.execute(command, { ...context, idempotencyKey: key });
  if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`);
  return outcome.value;
};

for (let p = 0; p < 4; p++) {
  const programmeId = `crash-${p}`;
  const period = { firstYear: 2022, lastYear: 2025 };
  const domains = [{ code: 'WMO', name: 'Wmo' }];
  const categories = [{ code: 'bk', name: 'beleidskeuze' }];
  await must(
    { type: 'OpenProgramme', data: { programmeId, title: programmeId, period, domains, categories } },
    `open-${p}`,
  );
  const measure = { programmeId, measureId: 'm1', code: 'M1', title: 'm1', domain: 'WMO', category: 'bk', owner: 'o' };
  await must({ type: 'RegisterMeasure', data: measure }, `measure-${p}`);
}
process.stdout.write('ready\n');

const next = nextList.split(',').map(Number);
await Promise.all(
  next.map(async (first, caller) => {
    for (let n = first; ; n++) {
      const data = {
        programmeId: `crash-${caller % 4}`,
        measureId: 'm1',
        year: 2023,
        amount: String(caller * 100_000 + n),
      };
      const outcome = await must({ type: 'RealiseSaving', data }, `caller-${caller}-${n}`);
      process.stdout.write(`ack ${caller} ${n} ${outcome.streamId} ${outcome.firstRevision}\n`);
    }
  }),
);
