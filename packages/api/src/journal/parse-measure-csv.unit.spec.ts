import { describe, expect, it } from 'vitest';
import type { JournalError } from './journal-error.js';
import { parseMeasureCsv } from './parse-measure-csv.js';

const options = { programmeId: 'buren-transformatie', decisionId: 'programmaplan-2022-01-26', municipality: 'GM0214' };
const csv = `code;title;domain;category;owner;year;amount;nature
5.3;Niet standaard 107 uur HO;Programmalijn 5;beleidskeuze;PL5;2023;€ 106.600;structureel
5.3;Niet standaard 107 uur HO;Programmalijn 5;beleidskeuze;PL5;2022;"€ 10.000,50";incidenteel
5.6;Kortere duur beschikkingen;Programmalijn 5;beleidsregels;PL5;2023;P.M.;structural
5.8;Persoonsgebonden budget;Programmalijn 5;beleidsregels;PL5;2023;nihil;structural
`;

describe('CSV measure lists', () => {
  it('turns rows into RegisterMeasure + ReviseMeasurePlan per measure, with Dutch amounts, P.M. and nihil', () => {
    const journal = parseMeasureCsv('list.csv', csv, options);
    expect(journal.municipality).toBe('GM0214');
    expect(journal.entries.map((e) => [e.command.type, e.line])).toEqual([
      ['RegisterMeasure', 2],
      ['ReviseMeasurePlan', 2],
      ['RegisterMeasure', 4],
      ['ReviseMeasurePlan', 4],
      ['RegisterMeasure', 5],
      ['ReviseMeasurePlan', 5],
    ]);
    expect(journal.entries[0]!.command.data).toMatchObject({
      programmeId: 'buren-transformatie',
      measureId: '5.3',
      code: '5.3',
      domain: 'Programmalijn 5',
      category: 'beleidskeuze',
    });
    expect(journal.entries[1]!.command.data).toMatchObject({
      decisionId: 'programmaplan-2022-01-26',
      lines: [
        { year: 2023, amount: '106600', nature: 'structural' },
        { year: 2022, amount: '10000.5', nature: 'incidental' },
      ],
    });
    expect(journal.entries[3]!.command.data).toMatchObject({ lines: [{ amount: 'P.M.' }] });
    expect(journal.entries[5]!.command.data).toMatchObject({ lines: [{ amount: '0' }] });
    expect(journal.entries[1]!.source).toEqual({ document: 'list.csv', location: 'lines 2, 3' });
  });

  it('names the CSV line of a bad amount, a bad year and a duplicate year', () => {
    const line = (text: string) => {
      try {
        parseMeasureCsv('list.csv', text, options);
      } catch (e) {
        return (e as JournalError).message;
      }
      return 'no error';
    };
    expect(line(csv.replace('€ 106.600', 'veel'))).toMatch(/^list\.csv:2: column amount: not an amount/);
    expect(line(csv.replace(';2023;P.M.', ';23;P.M.'))).toMatch(/^list\.csv:4: column year/);
    expect(line(csv.replace(';2022;', ';2023;').replace('incidenteel', 'structureel'))).toMatch(
      /^list\.csv:3: measure 5\.3: a second structural amount for 2023 \(first on line 2\)/,
    );
    expect(line('code,title\nA,B\n')).toMatch(/^list\.csv:1: a measure list needs the columns .*missing: domain/);
  });

  it('takes an optional parent column: a sub-measure names its parent by printed code', () => {
    const list = `code;title;domain;category;owner;year;amount;nature;parent
A.1;Algemene voorzieningen;Wmo;beleidskeuze;team;2025;200.000;structureel;A
A.2;Sociaal team;Wmo;beleidskeuze;team;2025;150.000;structureel;A
B;Eigen maatregel;Wmo;beleidskeuze;team;2025;10.000;structureel;
`;
    const registrations = parseMeasureCsv('detail.csv', list, options).entries.filter(
      (e) => e.command.type === 'RegisterMeasure',
    );
    expect(registrations.map((e) => (e.command.data as { parentMeasureId?: string }).parentMeasureId)).toEqual([
      'A',
      'A',
      undefined,
    ]);
  });
});
