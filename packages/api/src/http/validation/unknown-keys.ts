import type { z } from 'zod';
import { unknownKeys } from '../../validation/unknown-keys.js';
import type { ProblemIssue } from '../problem/http-problem.js';

/** Every key of the value the schema does not know, as problem issues with dotted paths. */
export const unknownKeyIssues = (schema: z.ZodType, value: unknown, path: readonly (string | number)[] = []) =>
  unknownKeys(schema, value, path).map((i): ProblemIssue => ({ path: i.path.join('.'), message: i.message }));
