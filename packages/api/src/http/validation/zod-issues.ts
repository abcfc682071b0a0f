import type { z } from 'zod';
import type { ProblemIssue } from '../problem/http-problem.js';

type Issue = z.core.$ZodIssue;

/** zod says only "Invalid input" for a union; the alternatives' own messages say what would do. */
function messageOf(issue: Issue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message;
  const alternatives = [...new Set(issue.errors.flat().map(messageOf))];
  return `none of: ${alternatives.join(' | ')}`;
}

export const issuesOf = (error: z.ZodError, prefix: readonly (string | number)[] = []): ProblemIssue[] =>
  error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join('.'), message: messageOf(issue) }));
