import {
  commandCatalogue,
  municipalityCodeSchema,
  sourceReferenceSchema,
  type CommandType,
  type SourceReference,
} from '@grip/ledger';
import type { Request } from 'express';
import { z } from 'zod';
import { httpProblem, invalidRequest, type ProblemIssue } from '../problem/http-problem.js';
import { unknownKeyIssues } from './unknown-keys.js';
import { issuesOf } from './zod-issues.js';

/**
 * Fields a body may carry besides the command's data: why (reason), which document (source) and,
 * for opening a programme, the municipality. They go into the execution context, never into the
 * command. Where a command has its own field of that name (RecordIncome's `source` is the income
 * source), the document reference is sent as `sourceReference` instead.
 */
export type EnvelopeNames = {
  readonly reason: 'reason';
  readonly source: 'source' | 'sourceReference';
  readonly municipality: boolean;
};

export const reasonSchema = z.string().trim().min(1).max(2000);

export const commandKeys = (type: CommandType): string[] => {
  const shape = (commandCatalogue[type].schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
};

export const envelopeNamesFor = (type: CommandType, opensProgramme: boolean): EnvelopeNames => ({
  reason: 'reason',
  source: commandKeys(type).includes('source') ? 'sourceReference' : 'source',
  municipality: opensProgramme,
});

export type ParsedCommandBody = {
  /** The command's data as sent, path parameters merged in: the ledger parses it with the same schema. */
  readonly data: Record<string, unknown>;
  readonly reason?: string;
  readonly source?: SourceReference;
  readonly municipality?: string;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function requireObjectBody(req: Request): Record<string, unknown> {
  if (req.body === undefined) {
    if (!req.is('application/json') && !req.is('application/*+json'))
      throw httpProblem('UNSUPPORTED_MEDIA_TYPE', 'send the body as Content-Type: application/json');
    throw invalidRequest([{ path: '', message: 'a JSON object body is required' }]);
  }
  if (!isPlainObject(req.body)) throw invalidRequest([{ path: '', message: 'the body must be a JSON object' }]);
  return req.body;
}

function envelopeIssues(
  body: Record<string, unknown>,
  names: EnvelopeNames,
): { issues: ProblemIssue[]; envelope: Omit<ParsedCommandBody, 'data'> } {
  const issues: ProblemIssue[] = [];
  const envelope: { reason?: string; source?: SourceReference; municipality?: string } = {};
  const take = <T>(key: string, schema: z.ZodType<T>, assign: (v: T) => void) => {
    if (body[key] === undefined) return;
    const parsed = schema.safeParse(body[key]);
    if (parsed.success) assign(parsed.data);
    else issues.push(...issuesOf(parsed.error, [key]));
    issues.push(...unknownKeyIssues(schema, body[key], [key]));
  };
  take(names.reason, reasonSchema, (v) => (envelope.reason = v));
  take(names.source, sourceReferenceSchema, (v) => (envelope.source = v));
  if (names.municipality) take('municipality', municipalityCodeSchema, (v) => (envelope.municipality = v));
  return { issues, envelope };
}

/**
 * Parses a command body with the command's own zod schema: path parameters merged in (a body may
 * repeat them only with the same value), envelope fields split off, unknown fields refused. Every
 * problem is collected, so one 400 lists them all.
 */
export function parseCommandBody(
  req: Request,
  type: CommandType,
  names: EnvelopeNames,
  pathParams: Record<string, string>,
): ParsedCommandBody {
  const body = requireObjectBody(req);
  const envelopeKeys = new Set<string>([names.reason, names.source, ...(names.municipality ? ['municipality'] : [])]);
  const { issues, envelope } = envelopeIssues(body, names);
  // Null prototype: a "__proto__" key stays a key (and is refused below), never the copy's prototype.
  const data = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) if (!envelopeKeys.has(key)) data[key] = value;
  for (const [key, value] of Object.entries(pathParams)) {
    if (data[key] !== undefined && data[key] !== value)
      issues.push({ path: key, message: `must equal the path parameter (${value}) or be left out` });
    data[key] = value;
  }
  const schema = commandCatalogue[type].schema as z.ZodType;
  issues.push(...unknownKeyIssues(schema, data));
  const parsed = schema.safeParse(data);
  if (!parsed.success) issues.push(...issuesOf(parsed.error));
  if (issues.length > 0) throw invalidRequest(issues);
  return { data, ...envelope };
}
