// Appends numbered batches forever with synchronous=FULL and prints "ack <batch> <size>" after each
// acknowledged append. The parent SIGKILLs it at some point. Usage: crash-writer.mjs <adapter> <db> <firstBatch>
const [adapter, path, firstBatch] = process.argv.slice(2);
const { openSqliteEventStore } = await import(adapter);
const store = openSqliteEventStore({ path, synchronous: 'FULL' });

for (let batch = Number(firstBatch); ; batch++) {
  const size = 1 + (batch % 4);
  const events = Array.from({ length: size }, (_, index) => ({
    type: 'SavingRealised',
    version: 1,
    data: {
      measureId: `crash-${batch}`,
      year: 2022,
      amount: `${index}.25`,
      batch,
      batchSize: size,
      indexInBatch: index,
    },
    metadata: {
      eventId: `crash-${batch}-${index}`,
      tenant: 'GM0118',
      actor: 'crash-writer',
      recordedAt: '2024-04-15T09:00:00.000Z',
      correlationId: `crash-${batch}`,
      causationId: null,
    },
  }));
  // Two streams, so the chain of each is checked independently after the crash.
  const result = await store.append(`programme-crash-${batch % 2}`, events, 'any');
  process.stdout.write(`ack ${batch} ${size} ${result.duplicate ? 'dup' : 'new'}\n`);
}
