/**
 * Text from the store (titles, owners, reasons, stream ids) or from a journal reaches the terminal only
 * through here: C0 and C1 control characters, DEL and the bidirectional overrides are written as visible
 * escapes, so stored text cannot move the cursor, recolour, retitle the window or reorder what is shown
 * (terminal escape injection). Newlines and tabs are escaped too where they would break a table line.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_CELL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

const escapeOne = (ch: string): string => {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/** For a message or a line: keeps newlines and tabs, escapes every other control character. */
export const terminalText = (text: string): string => text.replace(UNSAFE, escapeOne);

/** For one table cell or field: a newline or tab would break the layout, so they are escaped as well. */
export const terminalCell = (text: string): string => text.replace(UNSAFE_IN_CELL, escapeOne);
