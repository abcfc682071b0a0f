import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** zod says only "Invalid input" for a union; the alternatives' own messages say what would do. */
export function messageOf(issue: Issue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message;
  const alternatives = [...new Set(issue.errors.flat().map(messageOf))];
  return `none of: ${alternatives.join(' | ')}`;
}
