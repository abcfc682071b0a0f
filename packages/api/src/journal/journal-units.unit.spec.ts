import { describe, expect, it } from 'vitest';
import { JournalError } from './journal-error.js';
import { parseStructuredJournal } from './parse-structured.js';

const errorOf = (run: () => unknown): JournalError => {
  try {
    run();
  } catch (e) {
    if (e instanceof JournalError) return e;
    throw e;
  }
  throw new Error('expected a JournalError');
};

/** A perspectiefnota-style table of budget changes, typed as printed: "bedragen × € 1.000". */
const thousands = `municipality: GM0118
unit: thousands
entries:
  - type: ReviseMeasurePlan
    data:
      programmeId: pn-2024
      measureId: jeugd
      decisionId: raad
      lines:
        - { year: 2024, amount: "-384", nature: structural }
        - { year: 2025, amount: "1.234,5", nature: incidental }
        - { year: 2026, amount: "P.M.", nature: incidental }
    source: { document: perspectiefnota-2024.pdf, location: tabel 3 }
  - type: RecordProgrammeStatedTotal
    unit: euros
    data: { programmeId: pn-2024, totalId: t, label: Saldo, figure: planned, scope: { level: programme }, year: 2024, amount: "-384000" }
`;

describe('journal amounts in thousands', () => {
  it('given unit thousands, "-384" is stored as −384000 euros, never as 384, and P.M. stays P.M.', () => {
    const journal = parseStructuredJournal('pn.yaml', thousands, 'yaml');
    const [plan, total] = journal.entries;
    expect(plan!.command.data).toMatchObject({
      lines: [
        { year: 2024, amount: '-384000' },
        { year: 2025, amount: '1234500' },
        { year: 2026, amount: 'P.M.' },
      ],
    });
    expect(total!.command.data).toMatchObject({ amount: '-384000' });
  });

  it('keeps the unit in the source reference, naming the journal when the entry names no document', () => {
    const journal = parseStructuredJournal('pn.yaml', thousands.replace(/ {4}source: .*\n/, ''), 'yaml');
    expect(journal.entries[0]!.source).toEqual({ document: 'pn.yaml', unit: 'thousands' });
    expect(journal.entries[1]!.source).toBeUndefined();
    const withSource = parseStructuredJournal('pn.yaml', thousands, 'yaml');
    expect(withSource.entries[0]!.source).toEqual({
      document: 'perspectiefnota-2024.pdf',
      location: 'tabel 3',
      unit: 'thousands',
    });
  });

  it('gives the journal another content hash in another unit, and the old hash without a unit', () => {
    const inEuros = thousands.replace('unit: thousands\n', '');
    expect(parseStructuredJournal('a.yaml', inEuros, 'yaml').contentHash).not.toBe(
      parseStructuredJournal('a.yaml', thousands, 'yaml').contentHash,
    );
  });

  it('reads "-1.200" as printed with notation nl, and refuses it as ambiguous without', () => {
    const dutch = thousands.replace('"1.234,5"', '"-1.200"');
    expect(errorOf(() => parseStructuredJournal('pn.yaml', dutch, 'yaml')).message).toMatch(
      /pn\.yaml:11: .*ambiguous amount "-1\.200".*\(read in thousands\)/,
    );
    const journal = parseStructuredJournal(
      'pn.yaml',
      dutch.replace('unit: thousands', 'unit: thousands\nnotation: nl'),
      'yaml',
    );
    expect(journal.entries[0]!.command.data).toMatchObject({ lines: [{}, { amount: '-1200000' }, {}] });
  });

  it('refuses an amount that would be a fraction of a cent, with its line', () => {
    const bad = thousands.replace('"1.234,5"', '"0,0000001"');
    const error = errorOf(() => parseStructuredJournal('pn.yaml', bad, 'yaml'));
    expect(error.message).toContain(
      'pn.yaml:11: entry 1 (ReviseMeasurePlan): data.lines.1.amount: more than 5 decimals',
    );
  });
});

const broken = `municipality: GM0118
entries:
  - type: RecordIncome
    data: { year: 2020, source: buig, amuont: "384000", basis: realised }
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: "-384.000", basis: realised }
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: 250.000, basis: realised }
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: "−384000", basis: realised }
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: "€ 384.000-", basis: realised }
  - type: RecordIncome
    data: { year: 2020, source: buig, amount: "(384.000)", basis: realised }
  - type: RegisterMesure
    data: {}
`;

describe('journal problems', () => {
  const error = errorOf(() => parseStructuredJournal('j.yaml', broken, 'yaml'));
  const at = (line: number) => error.problems.filter((p) => p.line === line).map((p) => p.problem);

  it('reports every problem of the journal at once, each with its line', () => {
    expect(error.problems.map((p) => p.line)).toEqual([4, 4, 6, 8, 10, 12, 14, 15]);
    expect(error.message.split('\n')).toHaveLength(8);
    expect(error.message.split('\n')[0]).toMatch(/^j\.yaml:4: /);
  });

  it('names a typo’d field as unknown, with the close match, besides the missing one', () => {
    expect(at(4)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/data\.amuont: unknown field "amuont" \(did you mean "amount"\?\)/),
        expect.stringMatching(/data\.amount: /),
      ]),
    );
  });

  it('quotes the accepted amount forms and says how to write each printed negative', () => {
    expect(at(6)[0]).toMatch(/ambiguous amount "-384\.000"/);
    expect(at(8)[0]).toMatch(/quoted strings/);
    expect(at(10)[0]).toMatch(/typographic minus.*amounts look like "1234\.56", "-384000"/);
    expect(at(12)[0]).toMatch(/minus after the amount/);
    expect(at(14)[0]).toMatch(/parentheses/);
    expect(at(15)[0]).toMatch(/unknown command type "RegisterMesure" \(did you mean "RegisterMeasure"\?\)/);
  });
});
