import { createLedger, createMemoryEventStore, fixedClock, randomIds, type EventStore } from '@grip/ledger';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJournals } from './import-journals.js';
import { readJournal } from './read-journal.js';

const clock = fixedClock('2025-06-01T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'grip-atomic-'));

async function streamIds(store: EventStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of store.readAll()) ids.push(`${e.streamId}@${e.revision}`);
  return ids;
}

const decision = (id: string) =>
  `  - type: RecordDecision\n    data: { programmeId: p1, decisionId: ${id}, body: raad, date: "2022-01-01", reference: r, summary: s }\n`;
const journalText = `municipality: GM0118
entries:
  - type: OpenProgramme
    data: { programmeId: p1, title: T, period: { firstYear: 2022, lastYear: 2025 }, domains: [{ code: Wmo, name: Wmo }], categories: [{ code: x, name: X }] }
${decision('d1')}  - type: RecordIncome
    data: { year: 2022, source: buig, amount: "1000", basis: realised }
${decision('d2')}`;

/** A store on which, just before the journal's one atomic append, another writer records decision d2. */
function storeWithConcurrentWriter(
  store: EventStore & { appendAtomically: NonNullable<EventStore['appendAtomically']> },
) {
  const other = createLedger({ store, clock, ids: randomIds() });
  let raced = false;
  const attempts: number[] = [];
  const wrapped: EventStore = {
    ...store,
    async appendAtomically(batches) {
      attempts.push(batches.length);
      if (!raced) {
        raced = true;
        const outcome = await other.execute(
          {
            type: 'RecordDecision',
            data: {
              programmeId: 'p1',
              decisionId: 'd2',
              body: 'raad',
              date: '2022-01-01',
              reference: 'r',
              summary: 'other',
            },
          },
          { actor: 'http:editor', tenant: 'GM0118' },
        );
        if (!outcome.ok) throw new Error(`the concurrent write itself failed: ${outcome.error.code}`);
      }
      return store.appendAtomically(batches);
    },
  };
  return { wrapped, attempts };
}

describe('all-or-nothing imports on a store with atomic appends', () => {
  it('writes a journal that touches two streams in one atomic append', async () => {
    const store = createMemoryEventStore();
    const calls: number[] = [];
    const counting: EventStore = {
      ...store,
      append: () => Promise.reject(new Error('the import must not append entry by entry')),
      appendAtomically: (batches) => (calls.push(batches.length), store.appendAtomically(batches)),
    };
    const journal = await readJournal(writeJournal('two-streams.yaml', journalText));
    const summary = await importJournals({ store: counting, clock }, [journal], { actor: 'test' });
    expect(summary).toMatchObject({ commands: 4, events: 4, duplicates: 0 });
    expect(calls).toEqual([4]);
    expect(await streamIds(store)).toEqual([
      'programme-GM0118/p1@0',
      'programme-GM0118/p1@1',
      'municipality-GM0118@0',
      'programme-GM0118/p1@2',
    ]);
    console.info('atomic import: 4 entries over 2 streams written by 1 atomic append');
  });

  it('leaves nothing of the journal when a concurrent write makes its last entry invalid', async () => {
    const store = createMemoryEventStore();
    const first = await readJournal(writeJournal('first.yaml', journalText.split('  - type: RecordIncome')[0]!));
    await importJournals({ store, clock }, [first], { actor: 'test' });
    const before = await streamIds(store);
    const rest = await readJournal(
      writeJournal(
        'rest.yaml',
        `municipality: GM0118\nentries:\n  - type: RecordIncome\n    data: { year: 2022, source: buig, amount: "1000", basis: realised }\n${decision('d2')}`,
      ),
    );
    const { wrapped, attempts } = storeWithConcurrentWriter(store);
    await expect(importJournals({ store: wrapped, clock }, [rest], { actor: 'test' })).rejects.toThrow(
      /rest\.yaml:5: entry 2 \(RecordDecision\) refused: DECISION_ALREADY_RECORDED/,
    );
    // Only the concurrent writer's event was added: no income from the journal's first entry.
    expect(await streamIds(store)).toEqual([...before, 'programme-GM0118/p1@2']);
    expect(attempts).toEqual([2]);
    console.info(
      'concurrent write invalidating the last entry: the journal was rehearsed again, refused, 0 of its events stored',
    );
  });

  it('re-rehearses after a concurrent write that leaves the journal valid, and then writes all of it', async () => {
    const store = createMemoryEventStore();
    const first = await readJournal(writeJournal('open.yaml', journalText.split('  - type: RecordIncome')[0]!));
    await importJournals({ store, clock }, [first], { actor: 'test' });
    const rest = await readJournal(
      writeJournal(
        'valid.yaml',
        `municipality: GM0118\nentries:\n  - type: RecordIncome\n    data: { year: 2022, source: buig, amount: "1000", basis: realised }\n${decision('d3')}`,
      ),
    );
    const { wrapped, attempts } = storeWithConcurrentWriter(store);
    const summary = await importJournals({ store: wrapped, clock }, [rest], { actor: 'test' });
    expect(summary).toMatchObject({ commands: 2, events: 2, duplicates: 0 });
    expect(attempts).toEqual([2, 2]);
    expect(await streamIds(store)).toEqual([
      'programme-GM0118/p1@0',
      'programme-GM0118/p1@1',
      'programme-GM0118/p1@2',
      'municipality-GM0118@0',
      'programme-GM0118/p1@3',
    ]);
  });
});

function writeJournal(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
