import type { z } from 'zod';
import { messageOf } from '../../validation/issue-message.js';
import type { ProblemIssue } from '../problem/http-problem.js';

export const issuesOf = (error: z.ZodError, prefix: readonly (string | number)[] = []): ProblemIssue[] =>
  error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join('.'), message: messageOf(issue) }));
