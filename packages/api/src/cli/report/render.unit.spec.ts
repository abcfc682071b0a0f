import { describe, expect, it } from 'vitest';
import { toCsv } from '../../export/csv.js';
import { renderReport, reportTable } from './render.js';
import { count, money, text, type Report } from './report-types.js';

const report: Report = {
  title: 'Test',
  columns: [count('year'), money('planned'), text('note')],
  rows: [
    { year: 2022, planned: '1900000', note: 'a, b' },
    { year: 2023, planned: '-1234.5', note: null },
    { year: 2024, planned: 'PM', note: 'P.M.' },
    { year: 2025, planned: '0', note: '=1+1' },
  ],
  json: { years: [{ planned: '1900000' }] },
};

describe('rendering reports', () => {
  it('table: columns aligned, Dutch grouping with locale nl, markers such as PM left as they are', () => {
    const out = renderReport(report, 'table', 'nl');
    expect(out).toContain('2022  1.900.000  a, b');
    expect(out).toContain('2023  -1.234,50');
    expect(out).toContain('2024         PM  P.M.');
    expect(out).toContain('2025          0  =1+1');
  });

  it("csv: the API's CSV (BOM, CRLF, formula guard); canonical amounts by default, ';' and two decimals for nl", () => {
    expect(renderReport(report, 'csv', 'plain')).toBe(
      '\uFEFFyear,planned,note\r\n2022,1900000,"a, b"\r\n2023,-1234.5,\r\n2024,PM,P.M.\r\n2025,0,\'=1+1\r\n',
    );
    expect(renderReport(report, 'csv', 'nl')).toBe(
      "\uFEFFJaar;Gepland (baten);Toelichting\r\n2022;1900000,00;a, b\r\n2023;-1234,50;\r\n2024;PM;P.M.\r\n2025;0,00;'=1+1\r\n",
    );
  });

  it('csv goes through the shared writer: a report is its table, columns named by key', () => {
    expect(reportTable(report).columns).toEqual([
      { name: 'year', kind: 'integer' },
      { name: 'planned', kind: 'money' },
      { name: 'note', kind: 'text' },
    ]);
    for (const locale of ['plain', 'nl'] as const)
      expect(renderReport(report, 'csv', locale)).toBe(toCsv(reportTable(report), locale));
  });

  it('json: the projection itself, amounts as decimal strings', () => {
    expect(JSON.parse(renderReport(report, 'json', 'nl'))).toEqual({ years: [{ planned: '1900000' }] });
  });
});
