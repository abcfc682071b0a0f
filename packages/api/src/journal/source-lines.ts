import { LineCounter, parseDocument, type Document } from 'yaml';
import { JournalError } from './journal-error.js';

export type PathKey = string | number;

/** A parsed YAML or JSON text that can say on which line any value sits. */
export type LocatedDocument = {
  readonly value: unknown;
  /** Line (1-based) of the deepest node along the path that exists in the file. */
  lineOf(path: readonly PathKey[]): number;
};

/** Node 20's JSON.parse says "at position N"; turn it into a line. */
function jsonSyntaxLine(text: string, message: string): number | null {
  const match = /position (\d+)/.exec(message);
  if (!match) return null;
  return text.slice(0, Number(match[1])).split('\n').length;
}

/**
 * JSON is parsed strictly first (so a journal.json is real JSON), then both formats go through the
 * yaml parser, which keeps source ranges: JSON is YAML 1.2, so one way of finding lines serves both.
 */
export function locateDocument(file: string, text: string, format: 'json' | 'yaml'): LocatedDocument {
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      // Some Node versions give no position; the yaml parser usually finds the same fault with a line.
      const line = jsonSyntaxLine(text, message) ?? parseDocument(text).errors[0]?.linePos?.[0]?.line ?? null;
      throw new JournalError(file, line, `not valid JSON: ${message.split('\n')[0]}`);
    }
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const [firstError] = doc.errors;
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? null;
    throw new JournalError(file, line, `not valid ${format.toUpperCase()}: ${firstError.message.split('\n')[0]}`);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}
