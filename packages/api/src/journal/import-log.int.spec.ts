import { createMemoryEventStore, fixedClock, type EventStore } from '@grip/ledger';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoJournalFiles } from './demo.js';
import { importJournals } from './import-journals.js';
import { describePendingImport, openImportLog } from './import-log.js';
import { readJournal } from './read-journal.js';

const clock = fixedClock('2025-06-01T10:00:00Z');

describe('an import on a store without atomic appends (EventStoreDB)', () => {
  it('stays noted as incomplete after a crash until a re-run finishes it', async () => {
    const store = createMemoryEventStore();
    const log = openImportLog(mkdtempSync(join(tmpdir(), 'grip-import-log-')));
    const journal = await readJournal(demoJournalFiles()[0]!);
    let appends = 0;
    const crashing: EventStore = { ...store, appendAtomically: undefined };
    crashing.append = (...args) => (++appends > 25 ? Promise.reject(new Error('SIGKILL')) : store.append(...args));

    await expect(
      importJournals({ store: crashing, clock }, [journal], { actor: 'cli:a', importLog: log }),
    ).rejects.toThrow('SIGKILL');
    const [pending, ...others] = log.pending();
    expect(others).toEqual([]);
    expect(pending).toMatchObject({ actor: 'cli:a', entries: 126, startedAt: '2025-06-01T10:00:00.000Z' });
    console.info(describePendingImport(pending!));

    const resumed = await importJournals({ store: { ...store, appendAtomically: undefined }, clock }, [journal], {
      actor: 'cli:a',
      importLog: log,
    });
    expect(resumed).toMatchObject({ commands: 126, duplicates: 25, events: 101 });
    expect(log.pending()).toEqual([]);
  });

  it('a store with atomic appends never notes anything: a crash leaves nothing to finish', async () => {
    const log = openImportLog(mkdtempSync(join(tmpdir(), 'grip-import-log-')));
    const journal = await readJournal(demoJournalFiles()[0]!);
    await importJournals({ store: createMemoryEventStore(), clock }, [journal], { actor: 'cli:a', importLog: log });
    expect(log.pending()).toEqual([]);
  });
});
