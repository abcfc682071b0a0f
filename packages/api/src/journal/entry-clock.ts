import type { Clock } from '@grip/ledger';
import { JournalError } from './journal-error.js';
import type { Journal } from './journal-types.js';

/**
 * Historical import: an entry with `recordedAt` is written as if recorded then, so "as known at
 * April 2021" shows what was known in April 2021. Entries without it get the injected clock's time.
 */
export function createEntryClock(base: Clock) {
  let current: Date | null = null;
  const clock: Clock = { now: () => (current ? new Date(current) : base.now()) };
  return {
    clock,
    /** Sets the transaction time for the next command; undefined means "now". */
    use(recordedAt: string | undefined) {
      current = recordedAt === undefined ? null : new Date(recordedAt);
    },
  };
}

/** Transaction time only moves forward within a journal and never past the present. */
export function checkRecordedAt(journal: Journal, now: Date): void {
  let previous: { at: number; line: number } | null = null;
  for (const entry of journal.entries) {
    if (entry.recordedAt === undefined) continue;
    const at = Date.parse(entry.recordedAt);
    if (at > now.getTime()) {
      throw new JournalError(
        journal.file,
        entry.line,
        `entry ${entry.index + 1}: recordedAt ${entry.recordedAt} is in the future`,
      );
    }
    if (previous && at < previous.at) {
      throw new JournalError(
        journal.file,
        entry.line,
        `entry ${entry.index + 1}: recordedAt ${entry.recordedAt} is earlier than the entry on line ${previous.line}; transaction time may not go back`,
      );
    }
    previous = { at, line: entry.line };
  }
}
