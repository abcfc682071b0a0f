import { describe, expect, it } from 'vitest';
import { toCsv } from '../../export/csv.js';
import { integer, money, text, toTable } from '../../export/table.js';
import { renderReport } from './render.js';
import type { Report } from './report-types.js';

type Row = { year: number; planned: string; note: string | null; id: string };

const report: Report = {
  title: 'Test',
  table: toTable<Row>(
    [
      integer('year', (r) => r.year, 'year'),
      money('planned', (r) => r.planned, 'planned'),
      text('note', (r) => r.note, 'note'),
      text('id', (r) => r.id),
    ],
    [
      { year: 2022, planned: '1900000', note: 'a, b', id: 'e1' },
      { year: 2023, planned: '-1234.5', note: null, id: 'e2' },
      { year: 2024, planned: 'PM', note: 'P.M.', id: 'e3' },
      { year: 2025, planned: '0', note: '=1+1', id: 'e4' },
    ],
  ),
  json: { years: [{ planned: '1900000' }] },
};

describe('rendering reports', () => {
  it('table: the columns with a header, aligned, Dutch grouping with locale nl, markers such as PM left as they are', () => {
    const out = renderReport(report, 'table', 'nl');
    expect(out).toContain('2022  1.900.000  a, b');
    expect(out).toContain('2023  -1.234,50');
    expect(out).toContain('2024         PM  P.M.');
    expect(out).toContain('2025          0  =1+1');
    expect(out).not.toContain('e1');
  });

  it("csv: the API's CSV of every column (BOM, CRLF, formula guard); ';' and two decimals for nl", () => {
    expect(renderReport(report, 'csv', 'plain')).toBe(
      '\uFEFFyear,planned,note,id\r\n2022,1900000,"a, b",e1\r\n2023,-1234.5,,e2\r\n2024,PM,P.M.,e3\r\n2025,0,\'=1+1,e4\r\n',
    );
    expect(renderReport(report, 'csv', 'nl')).toBe(
      "\uFEFFJaar;Gepland (baten);Toelichting;id\r\n2022;1900000,00;a, b;e1\r\n2023;-1234,50;;e2\r\n2024;PM;P.M.;e3\r\n2025;0,00;'=1+1;e4\r\n",
    );
    for (const locale of ['plain', 'nl'] as const)
      expect(renderReport(report, 'csv', locale)).toBe(toCsv(report.table, locale));
  });

  it('json: the projection itself, amounts as decimal strings', () => {
    expect(JSON.parse(renderReport(report, 'json', 'nl'))).toEqual({ years: [{ planned: '1900000' }] });
  });
});
