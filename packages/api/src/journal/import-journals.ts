import { createLedger, randomIds, type Clock, type EventStore } from '@grip/ledger';
import { checkRecordedAt, createEntryClock } from './entry-clock.js';
import type { Journal } from './journal-types.js';
import { memoryCopyOf, touchedStreams } from './memory-copy.js';
import { runEntries } from './run-entries.js';

export type ImportPhase = 'check' | 'write';
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export type ImportOptions = {
  /** Who the events name as their actor: `cli:<user>`, `system:demo`, … */
  readonly actor: string;
  /** Check everything against a copy and stop: the real store is not touched. */
  readonly dryRun?: boolean;
  readonly onProgress?: ImportProgress;
};

export type ImportSummary = {
  readonly journals: number;
  readonly commands: number;
  /** Events written (or, in a dry run, that would be written). */
  readonly events: number;
  /** Entries found already imported (same journal content, same position): nothing written for them. */
  readonly duplicates: number;
  readonly dryRun: boolean;
};

/**
 * Imports journals all or nothing: every entry was validated when the files were read; here every
 * command is first executed on an in-memory copy of the streams it touches, and only when all of them
 * pass are they executed on the real store. Idempotency keys make a re-run, or a resume after a crash
 * between the two, write nothing twice.
 */
export async function importJournals(
  target: { store: EventStore; clock: Clock },
  journals: readonly Journal[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const now = target.clock.now();
  journals.forEach((journal) => checkRecordedAt(journal, now));
  const total = journals.reduce((n, j) => n + j.entries.length, 0);

  const rehearsalClock = createEntryClock(target.clock);
  const rehearsal = createLedger({
    store: await memoryCopyOf(target.store, touchedStreams(journals)),
    clock: rehearsalClock.clock,
    ids: randomIds(),
  });
  const checked = await runEntries(rehearsal, journals, rehearsalClock, options.actor, (done) =>
    options.onProgress?.('check', done, total),
  );
  if (options.dryRun) return { journals: journals.length, ...checked, dryRun: true };

  const entryClock = createEntryClock(target.clock);
  const ledger = createLedger({ store: target.store, clock: entryClock.clock, ids: randomIds() });
  const written = await runEntries(ledger, journals, entryClock, options.actor, (done) =>
    options.onProgress?.('write', done, total),
  );
  return { journals: journals.length, ...written, dryRun: false };
}
