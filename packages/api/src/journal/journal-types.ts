import type { CommandInput, SourceReference } from '@grip/ledger';

/** One command of a journal, validated, with where it came from. */
export type JournalEntry = {
  /** 0-based position in the journal: part of its idempotency key. */
  readonly index: number;
  /** 1-based line of the entry in its file, for error messages. */
  readonly line: number;
  readonly command: CommandInput;
  readonly reason?: string;
  readonly source?: SourceReference;
  /** Transaction time for a historical import (ISO date-time); absent means "now". */
  readonly recordedAt?: string;
};

/** A journal read from a file: the municipality it writes for and its entries in order. */
export type Journal = {
  readonly file: string;
  readonly municipality: string;
  readonly title?: string;
  readonly entries: readonly JournalEntry[];
  /** sha256 over the canonical content: re-importing the same journal reuses the same keys. */
  readonly contentHash: string;
};

/** The idempotency key of an entry: the same journal content and position always give the same key. */
export const entryIdempotencyKey = (
  journal: Pick<Journal, 'contentHash'>,
  entry: Pick<JournalEntry, 'index'>,
): string => `journal:${journal.contentHash.slice(0, 32)}:${entry.index}`;
