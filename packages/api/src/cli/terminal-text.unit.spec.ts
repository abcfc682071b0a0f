import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report/render.js';
import type { Report } from './report/report-types.js';
import { text, toTable } from '../export/table.js';
import { terminalCell, terminalText } from './terminal-text.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text reaching the terminal', () => {
  it('escapes ANSI sequences, OSC window titles, bells, DEL, C1 and bidi overrides visibly', () => {
    expect(terminalText('\u001b[2J\u001b]0;pwned\u0007 ok')).toBe('\\e[2J\\e]0;pwned\\x07 ok');
    expect(terminalText('a\u007fb\u009bc\u202ed')).toBe('a\\x7fb\\x9bc\\u{202e}d');
    expect(terminalText('two\nlines\tand tab')).toBe('two\nlines\tand tab');
    expect(terminalCell('two\nlines\r')).toBe('two\\nlines\\r');
    expect(terminalText('Wmo € 1.234,56 — “quotes”, ë')).toBe('Wmo € 1.234,56 — “quotes”, ë');
  });

  it('no string survives with a control character (property), and plain text is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(CONTROL.test(terminalText(s))).toBe(false);
        expect(/[\n\t]/.test(terminalCell(s)) || CONTROL.test(terminalCell(s))).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'ë', '€', ' ', '1') }), (s) => terminalText(s) === s));
  });

  it('a report table shows a hostile measure title escaped, the layout intact', () => {
    const report: Report = {
      title: 'Maatregelen \u001b[31mROOD',
      table: toTable(
        [text('title', (r: { title: string }) => r.title, 'title')],
        [{ title: 'Wmo\u001b]0;x\u0007\nregel 2' }],
      ),
      json: {},
    };
    const out = renderReport(report, 'table', 'plain');
    expect(CONTROL.test(out.replace(/\n/g, ''))).toBe(false);
    expect(out.split('\n')).toHaveLength(6);
    expect(out).toContain('Wmo\\e]0;x\\x07\\nregel 2');
  });
});
