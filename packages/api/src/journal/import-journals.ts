import {
  createLedger,
  isStoreFailure,
  randomIds,
  supportsAtomicAppend,
  type Clock,
  type EventStore,
  type MunicipalityRegister,
} from '@grip/ledger';
import { checkRecordedAt, createEntryClock } from './entry-clock.js';
import type { ImportLog } from './import-log.js';
import type { Journal } from './journal-types.js';
import { rehearse } from './rehearse.js';
import { runEntries, type RunTally } from './run-entries.js';

export type ImportPhase = 'check' | 'write';
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export type ImportOptions = {
  /** Who the events name as their actor: `cli:<user>`, `system:demo`, … */
  readonly actor: string;
  /** Check everything against a copy and stop: the real store is not touched. */
  readonly dryRun?: boolean;
  readonly onProgress?: ImportProgress;
  /** Where a store without atomic appends notes an import until it finishes (see import-log.ts). */
  readonly importLog?: ImportLog;
};

export type ImportSummary = {
  readonly journals: number;
  readonly commands: number;
  /** Events written (or, in a dry run, that would be written). */
  readonly events: number;
  /** Entries found already imported (same journal content, same position): nothing written for them. */
  readonly duplicates: number;
  /** Accepted with a warning, e.g. a municipality code the list could not check: "file entry n: message". */
  readonly warnings: readonly string[];
  readonly dryRun: boolean;
};

/** How often a journal is rehearsed again after another writer moved one of its streams. */
const CONFLICT_RETRIES = 3;

const retryable = (error: unknown): boolean =>
  isStoreFailure(error) && (error.error.code === 'CONCURRENCY_CONFLICT' || error.error.code === 'IDEMPOTENCY_CONFLICT');

/**
 * Imports journals all or nothing. Every entry was validated when the files were read; here every
 * command is executed on an in-memory copy of the streams it touches (the rehearsal), and only when
 * all of them pass is anything written:
 * - a store with the atomic multi-stream append (SQLite, memory) gets the rehearsal's appends in ONE
 *   transaction: a crash leaves nothing, and when another writer moved a touched stream in between the
 *   whole journal is rehearsed again on the new state, so an entry that the concurrent write made
 *   invalid refuses the journal with nothing of it written;
 * - a store without it (EventStoreDB) is written entry by entry under each entry's idempotency key, so
 *   re-running the same import after a crash resumes it and writes nothing twice. Until it has
 *   finished, the import is noted in the import log, which `grip verify` and `/health` report.
 */
export async function importJournals(
  target: { store: EventStore; clock: Clock; municipalities?: MunicipalityRegister },
  journals: readonly Journal[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const now = target.clock.now();
  journals.forEach((journal) => checkRecordedAt(journal, now));
  const total = journals.reduce((n, j) => n + j.entries.length, 0);
  const checkProgress = (done: number) => options.onProgress?.('check', done, total);
  const summary = (tally: RunTally, dryRun: boolean) => ({
    journals: journals.length,
    ...tally,
    dryRun,
  });

  let rehearsal = await rehearse(target, journals, options.actor, checkProgress);
  if (options.dryRun) return summary(rehearsal.tally, true);

  const { store } = target;
  if (supportsAtomicAppend(store)) {
    for (let attempt = 0; ; attempt++) {
      try {
        if (rehearsal.batches.length > 0) await store.appendAtomically(rehearsal.batches);
        options.onProgress?.('write', total, total);
        return summary(rehearsal.tally, false);
      } catch (error) {
        if (!retryable(error) || attempt >= CONFLICT_RETRIES) throw error;
        rehearsal = await rehearse(target, journals, options.actor, checkProgress);
      }
    }
  }

  const note = options.importLog?.begin(journals, options.actor, now);
  const entryClock = createEntryClock(target.clock);
  const { municipalities } = target;
  const ledger = createLedger({
    store,
    clock: entryClock.clock,
    ids: randomIds(),
    ...(municipalities && { municipalities }),
  });
  const written = await runEntries(ledger, journals, entryClock, options.actor, (done) =>
    options.onProgress?.('write', done, total),
  );
  if (note) options.importLog?.finish(note.id);
  return summary(written, false);
}
