/** One thing wrong with a journal, where the person fixing it will look: the line in the file. */
export type JournalProblem = { readonly line: number | null; readonly problem: string };

const located = (file: string, { line, problem }: JournalProblem) =>
  line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`;

/**
 * Everything that can go wrong with a journal is reported as file and line, because the person who
 * has to fix it has the file open in an editor, not the ledger's internals. A journal that is read
 * reports every problem it has at once (one per line of the message), so one round of fixing does.
 */
export class JournalError extends Error {
  readonly problems: readonly JournalProblem[];

  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    more: readonly JournalProblem[] = [],
  ) {
    const problems = [{ line, problem }, ...more];
    super(problems.map((p) => located(file, p)).join('\n'));
    this.name = 'JournalError';
    this.problems = problems;
  }

  /** All problems of one file, in line order; the first is also `line` and `problem`. */
  static of(file: string, problems: readonly JournalProblem[]): JournalError {
    const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const [first, ...rest] = sorted;
    return new JournalError(file, first?.line ?? null, first?.problem ?? 'invalid journal', rest);
  }
}

export const isJournalError = (e: unknown): e is JournalError => e instanceof JournalError;
