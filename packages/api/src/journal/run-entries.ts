import type { Ledger } from '@grip/ledger';
import type { createEntryClock } from './entry-clock.js';
import { JournalError } from './journal-error.js';
import { entryIdempotencyKey, type Journal } from './journal-types.js';

export type RunTally = { commands: number; events: number; duplicates: number; warnings: string[] };
export type EntryProgress = (done: number) => void;

/**
 * Executes every entry of the journals in order, each under its idempotency key, so an entry that
 * was already written (a re-run, or a resume after a crash) is recognised and not written twice.
 * The first refusal stops the run with the file and line of the entry.
 */
export async function runEntries(
  ledger: Ledger,
  journals: readonly Journal[],
  entryClock: ReturnType<typeof createEntryClock>,
  actor: string,
  onEntry?: EntryProgress,
): Promise<RunTally> {
  const tally: RunTally = { commands: 0, events: 0, duplicates: 0, warnings: [] };
  for (const journal of journals) {
    for (const entry of journal.entries) {
      entryClock.use(entry.recordedAt);
      const outcome = await ledger.execute(entry.command, {
        actor,
        tenant: journal.municipality,
        ...(entry.reason !== undefined && { reason: entry.reason }),
        ...(entry.source !== undefined && { source: entry.source }),
        idempotencyKey: entryIdempotencyKey(journal, entry),
      });
      if (!outcome.ok) {
        const { code, message } = outcome.error;
        throw new JournalError(
          journal.file,
          entry.line,
          `entry ${entry.index + 1} (${entry.command.type}) refused: ${code}: ${message}`,
        );
      }
      tally.commands++;
      for (const warning of outcome.value.warnings ?? [])
        tally.warnings.push(`${journal.file}:${entry.line}: entry ${entry.index + 1}: ${warning.message}`);
      if (outcome.value.duplicate) tally.duplicates++;
      else tally.events += outcome.value.events.length;
      onEntry?.(tally.commands);
    }
  }
  entryClock.use(undefined);
  return tally;
}
