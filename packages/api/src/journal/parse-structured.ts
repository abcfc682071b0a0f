import {
  canonicalJson,
  COMMAND_TYPES,
  commandCatalogue,
  commandSchema,
  isCommandType,
  type CommandInput,
} from '@grip/ledger';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { z } from 'zod';
import { didYouMean } from '../validation/close-match.js';
import { unknownKeys, type PathIssue, type PathKey } from '../validation/unknown-keys.js';
import { amountsInEuros, type AmountReading } from './amount-unit.js';
import { JournalError, type JournalProblem } from './journal-error.js';
import { journalEntrySchema, journalFileSchema } from './journal-schema.js';
import type { Journal, JournalEntry } from './journal-types.js';
import { locateDocument, type LocatedDocument } from './source-lines.js';
import { describeIssue, pathIssues } from './zod-issues.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Unknown keys and schema issues of one value, each once per path (an unknown key is not also "missing"). */
function issuesOf(schema: z.ZodType, value: unknown): { issues: PathIssue[]; data?: unknown } {
  const parsed = schema.safeParse(value);
  const issues = [...unknownKeys(schema, value), ...(parsed.success ? [] : pathIssues(parsed.error))];
  return parsed.success ? { issues, data: parsed.data } : { issues };
}

type EntryResult = { entry?: JournalEntry; problems: JournalProblem[] };

/**
 * In a YAML flow mapping `{ name: Bedrijfsvoering, analyse en sturing }` the comma ends the value and
 * "analyse en sturing" becomes a key of its own: say so where an unknown "field" is really text.
 */
const withCommaHint = (issue: PathIssue): PathIssue =>
  /^unknown field "[^"]*\s[^"]*"/.test(issue.message)
    ? {
        ...issue,
        message: `${issue.message}; if this is the rest of a text value, quote that text: a comma inside { … } ends a value`,
      }
    : issue;

function parseEntry(
  file: string,
  doc: LocatedDocument,
  raw: unknown,
  index: number,
  reading: AmountReading,
): EntryResult {
  const at: PathKey[] = ['entries', index];
  const problem = (path: readonly PathKey[], text: string): JournalProblem => ({
    line: doc.lineOf([...at, ...path]),
    problem: `entry ${index + 1}: ${text}`,
  });
  const shaped = issuesOf(journalEntrySchema, raw);
  const problems = shaped.issues.map((i) => problem(i.path, describeIssue(withCommaHint(i))));
  if (shaped.data === undefined) return { problems };
  const {
    type,
    data,
    reason,
    source,
    recordedAt,
    unit: entryUnit,
  } = shaped.data as z.output<typeof journalEntrySchema>;
  if (!isCommandType(type)) {
    const hint = didYouMean(type, COMMAND_TYPES) || `; one of ${COMMAND_TYPES.join(', ')}`;
    return { problems: [...problems, problem(['type'], `unknown command type "${type}"${hint}`)] };
  }
  const inUnit = entryUnit ?? reading.unit;
  const named = (p: JournalProblem): JournalProblem => ({
    ...p,
    problem: p.problem.replace(/^entry \d+/, `$& (${type})`),
  });
  const scaled = amountsInEuros(data, { unit: inUnit, notation: reading.notation }, ['data']);
  const command = { type, data: scaled.value as Record<string, unknown> };
  const known = new Set(scaled.issues.map((i) => i.path.join('.')));
  // Unknown keys come from the command's own schema (commandSchema is a union: walking it would find them twice).
  const checked = commandSchema.safeParse(command);
  const dataIssues = [
    ...scaled.issues,
    ...unknownKeys(commandCatalogue[type].schema as z.ZodType, data, ['data']).map(withCommaHint),
    ...(checked.success ? [] : pathIssues(checked.error)).filter((i) => !known.has(i.path.join('.'))),
  ];
  problems.push(...dataIssues.map((i) => named(problem(i.path, describeIssue(i)))));
  if (source?.unit !== undefined && source.unit !== inUnit)
    problems.push(
      problem(
        ['source', 'unit'],
        `source.unit is ${source.unit} but the amounts are read in ${inUnit}: set unit: ${source.unit} on the entry or the journal`,
      ),
    );
  if (problems.length > 0) return { problems };
  // The unit is kept in the source reference, so the event says how its euros were printed.
  const withUnit = inUnit === 'euros' ? source : { ...(source ?? { document: basename(file) }), unit: inUnit };
  // Keep the input form (not the parsed one): the ledger parses it again and fingerprints what it parsed.
  const entry: JournalEntry = {
    index,
    line: doc.lineOf(at),
    command: command as CommandInput,
    ...(reason !== undefined && { reason }),
    ...(withUnit !== undefined && { source: withUnit }),
    ...(recordedAt !== undefined && { recordedAt }),
  };
  return { entry, problems: [] };
}

/** Reads a JSON or YAML journal; every problem found is thrown at once as a JournalError with lines. */
export function parseStructuredJournal(file: string, text: string, format: 'json' | 'yaml'): Journal {
  const doc = locateDocument(file, text, format);
  const top = issuesOf(journalFileSchema, doc.value);
  const atTop = (i: PathIssue): JournalProblem => ({ line: doc.lineOf(i.path), problem: describeIssue(i) });
  if (top.data === undefined) throw JournalError.of(file, top.issues.map(atTop));
  const { municipality, title, unit, notation, entries } = top.data as z.output<typeof journalFileSchema>;
  const problems = top.issues.map(atTop);
  const reading = { unit: unit ?? 'euros', notation: notation ?? 'auto' } as const;
  const parsed = entries.map((raw, index) => parseEntry(file, doc, raw, index, reading));
  problems.push(...parsed.flatMap((r) => r.problems));
  if (problems.length > 0) throw JournalError.of(file, problems);
  return {
    file,
    municipality,
    ...(title !== undefined && { title }),
    entries: parsed.map((r) => r.entry!),
    // A journal in euros keeps the hash it had before units existed, so re-importing it writes nothing.
    contentHash: sha256(
      canonicalJson(unit === undefined ? { municipality, entries } : { municipality, unit, entries }),
    ),
  };
}
