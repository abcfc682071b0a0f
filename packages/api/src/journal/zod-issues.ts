import type { z } from 'zod';
import { messageOf } from '../validation/issue-message.js';
import type { PathIssue, PathKey } from '../validation/unknown-keys.js';

/** Amounts are strings on purpose (money is never a JS number); YAML turns `250.000` into 250, so say how to fix it. */
const hintFor = (issue: z.core.$ZodIssue): string => {
  const isNumberForString =
    issue.code === 'invalid_type' && issue.expected === 'string' && /number/.test(issue.message);
  return isNumberForString
    ? ' (write amounts as quoted strings, e.g. "€ 250.000" or "1234.56"; a bare 250.000 is read as 250 and refused)'
    : '';
};

const keysOf = (issue: z.core.$ZodIssue): PathKey[] =>
  issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');

const isMissing = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_type' && /received undefined/.test(issue.message);

/** Every issue of a zod error, with its path and a message that says what would do. */
export const pathIssues = (error: z.ZodError): PathIssue[] =>
  error.issues.map((issue) => ({
    path: keysOf(issue),
    message: isMissing(issue) ? `missing: this field is required` : `${messageOf(issue)}${hintFor(issue)}`,
  }));

/** "data.amount: message", or the message alone at the top. */
export const describeIssue = ({ path, message }: PathIssue): string =>
  `${path.length > 0 ? `${path.join('.')}: ` : ''}${message}`;

/** The issue that names the deepest path: usually the most precise thing to tell the user. */
export function firstIssue(error: z.ZodError): { path: PathKey[]; text: string } {
  const issue = [...pathIssues(error)].sort((a, b) => b.path.length - a.path.length)[0]!;
  return { path: issue.path, text: describeIssue(issue) };
}
