import type { z } from 'zod';
import type { PathKey } from './source-lines.js';

/** Amounts are strings on purpose (money is never a JS number); YAML turns `250.000` into 250, so say how to fix it. */
const hintFor = (issue: z.core.$ZodIssue): string => {
  const isNumberForString =
    issue.code === 'invalid_type' && issue.expected === 'string' && /number/.test(issue.message);
  return isNumberForString
    ? ' (write amounts as quoted strings, e.g. "€ 250.000" or "1234.56"; a bare "250.000" is ambiguous and refused)'
    : '';
};

/** The issue that names the deepest path: usually the most precise thing to tell the user. */
export function firstIssue(error: z.ZodError): { path: PathKey[]; text: string } {
  const issue = [...error.issues].sort((a, b) => b.path.length - a.path.length)[0] ?? error.issues[0]!;
  const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  return { path, text: `${where}${issue.message}${hintFor(issue)}` };
}
