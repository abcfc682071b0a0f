/**
 * Everything that can go wrong with a journal is reported as file and line, because the person who
 * has to fix it has the file open in an editor, not the ledger's internals.
 */
export class JournalError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'JournalError';
  }
}

export const isJournalError = (e: unknown): e is JournalError => e instanceof JournalError;
