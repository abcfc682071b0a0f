import { canonicalJson, COMMAND_TYPES, commandSchema, isCommandType, type CommandInput } from '@grip/ledger';
import { createHash } from 'node:crypto';
import { JournalError } from './journal-error.js';
import { journalEntrySchema, journalFileSchema } from './journal-schema.js';
import type { Journal, JournalEntry } from './journal-types.js';
import { locateDocument, type LocatedDocument } from './source-lines.js';
import { firstIssue } from './zod-issues.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function parseEntry(file: string, doc: LocatedDocument, raw: unknown, index: number): JournalEntry {
  const at = ['entries', index] as const;
  const line = doc.lineOf(at);
  const shaped = journalEntrySchema.safeParse(raw);
  if (!shaped.success) {
    const { path, text } = firstIssue(shaped.error);
    throw new JournalError(file, doc.lineOf([...at, ...path]), `entry ${index + 1}: ${text}`);
  }
  const { type, data, reason, source, recordedAt } = shaped.data;
  if (!isCommandType(type)) {
    throw new JournalError(
      file,
      doc.lineOf([...at, 'type']),
      `entry ${index + 1}: unknown command type "${type}"; one of ${COMMAND_TYPES.join(', ')}`,
    );
  }
  const command = commandSchema.safeParse({ type, data });
  if (!command.success) {
    const { path, text } = firstIssue(command.error);
    throw new JournalError(file, doc.lineOf([...at, ...path]), `entry ${index + 1} (${type}): ${text}`);
  }
  // Keep the input form (not the parsed one): the ledger parses it again and fingerprints what it parsed.
  return { index, line, command: { type, data } as CommandInput, reason, source, recordedAt };
}

/** Reads a JSON or YAML journal; the first problem found is thrown as a JournalError with its line. */
export function parseStructuredJournal(file: string, text: string, format: 'json' | 'yaml'): Journal {
  const doc = locateDocument(file, text, format);
  const top = journalFileSchema.safeParse(doc.value);
  if (!top.success) {
    const { path, text: problem } = firstIssue(top.error);
    throw new JournalError(file, doc.lineOf(path), problem);
  }
  const { municipality, title, entries } = top.data;
  const parsed = entries.map((raw, index) => parseEntry(file, doc, raw, index));
  return {
    file,
    municipality,
    ...(title !== undefined && { title }),
    entries: parsed,
    contentHash: sha256(canonicalJson({ municipality, entries })),
  };
}
