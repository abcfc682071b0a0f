import { describe, expect, it } from 'vitest';
import { JournalError } from './journal-error.js';
import { parseStructuredJournal } from './parse-structured.js';

const problemOf = (run: () => unknown): { line: number | null; message: string } => {
  try {
    run();
  } catch (e) {
    if (e instanceof JournalError) return { line: e.line, message: e.message };
    throw e;
  }
  throw new Error('expected a JournalError');
};

const yaml = `municipality: GM0118
title: test
entries:
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: "€ 1.234,56", basis: realised }
    reason: Tabel 7
    source: { document: seed.txt, location: line 1 }
  - type: RecordPcMoment
    data: { name: berap-1-2021, kind: berap-1, year: 2021, at: "2021-05-01T00:00:00Z" }
    recordedAt: "2021-05-01T00:00:00Z"
`;

describe('journal files (JSON and YAML)', () => {
  it('reads entries with their lines, reason, source and recordedAt, keeping money as written', () => {
    const journal = parseStructuredJournal('j.yaml', yaml, 'yaml');
    expect(journal.municipality).toBe('GM0118');
    expect(journal.entries.map((e) => e.line)).toEqual([4, 8]);
    expect(journal.entries[0]).toMatchObject({
      index: 0,
      reason: 'Tabel 7',
      source: { document: 'seed.txt', location: 'line 1' },
    });
    expect(journal.entries[0]!.command.data).toMatchObject({ amount: '€ 1.234,56' });
    expect(journal.entries[1]!.recordedAt).toBe('2021-05-01T00:00:00Z');
    expect(journal.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same content hash for the same content, whatever the layout', () => {
    const compact = yaml.replace('title: test\n', 'title: other title\n');
    expect(parseStructuredJournal('a.yaml', compact, 'yaml').contentHash).toBe(
      parseStructuredJournal('b.yaml', yaml, 'yaml').contentHash,
    );
    expect(parseStructuredJournal('c.yaml', yaml.replace('1.234,56', '1.234,57'), 'yaml').contentHash).not.toBe(
      parseStructuredJournal('b.yaml', yaml, 'yaml').contentHash,
    );
  });

  it('names the line of a value the command schema refuses', () => {
    const bad = yaml.replace('basis: realised', 'basis: guessed');
    expect(problemOf(() => parseStructuredJournal('j.yaml', bad, 'yaml'))).toMatchObject({
      line: 5,
      message: expect.stringContaining('j.yaml:5: entry 1 (RecordIncome): data.basis'),
    });
  });

  it('explains that an unquoted amount became a number', () => {
    const bad = yaml.replace('amount: "€ 1.234,56"', 'amount: 250.000');
    expect(problemOf(() => parseStructuredJournal('j.yaml', bad, 'yaml')).message).toMatch(/quoted strings/);
  });

  it('names the line of an unknown command type, with the close match or else the known ones', () => {
    const bad = yaml.replace('type: RecordPcMoment', 'type: RecordMoment');
    const problem = problemOf(() => parseStructuredJournal('j.yaml', bad, 'yaml'));
    expect(problem.line).toBe(8);
    expect(problem.message).toMatch(/unknown command type "RecordMoment" \(did you mean "RecordPcMoment"\?\)/);
    const far = yaml.replace('type: RecordPcMoment', 'type: Zzzzzz');
    expect(problemOf(() => parseStructuredJournal('j.yaml', far, 'yaml')).message).toMatch(
      /unknown command type "Zzzzzz"; one of OpenProgramme/,
    );
  });

  it('names the line of a YAML syntax error and of an unknown field', () => {
    const duplicate = yaml.replace('    reason: Tabel 7\n', '    reason: Tabel 7\n    reason: again\n');
    expect(problemOf(() => parseStructuredJournal('j.yaml', duplicate, 'yaml'))).toMatchObject({
      line: 7,
      message: expect.stringMatching(/not valid YAML/),
    });
    expect(
      problemOf(() =>
        parseStructuredJournal('j.yaml', yaml.replace('    reason: Tabel 7', '    reasons: Tabel 7'), 'yaml'),
      ).message,
    ).toMatch(/j\.yaml:6: entry 1: reasons: unknown field "reasons" \(did you mean "reason"\?\)/);
  });

  it('finds lines in JSON too, and reports JSON syntax errors with their line', () => {
    const json = JSON.stringify(
      {
        municipality: 'GM0118',
        entries: [{ type: 'RecordIncome', data: { year: 2020, source: 'buig', amount: 'x', basis: 'realised' } }],
      },
      null,
      2,
    );
    const problem = problemOf(() => parseStructuredJournal('j.json', json, 'json'));
    expect(problem.message).toMatch(/^j\.json:\d+: entry 1 \(RecordIncome\): data\.amount: not an amount/);
    expect(json.split('\n')[problem.line! - 1]).toContain('"amount": "x"');
    expect(
      problemOf(() => parseStructuredJournal('j.json', '{\n  "municipality": "GM0118",\n  "entries": [,]\n}', 'json'))
        .line,
    ).toBe(3);
  });

  it('refuses a journal without municipality or entries', () => {
    expect(
      problemOf(() => parseStructuredJournal('j.yaml', 'municipality: Hoogeveen\nentries: []\n', 'yaml')).message,
    ).toMatch(/j\.yaml:1: municipality/);
    expect(
      problemOf(() => parseStructuredJournal('j.yaml', 'municipality: GM0118\nentries: []\n', 'yaml')).message,
    ).toMatch(/at least one entry/);
  });
});
