import { describe, expect, it } from 'vitest';
import { renderReport } from './render.js';
import { count, money, text, type Report } from './report-types.js';

const report: Report = {
  title: 'Test',
  columns: [count('year'), money('planned'), text('note')],
  rows: [
    { year: 2022, planned: '1900000', note: 'a, b' },
    { year: 2023, planned: '-1234.5', note: null },
    { year: 2024, planned: 'PM', note: 'P.M.' },
  ],
  json: { years: [{ planned: '1900000' }] },
};

describe('rendering reports', () => {
  it('table: columns aligned, Dutch grouping with locale nl, markers such as PM left as they are', () => {
    const out = renderReport(report, 'table', 'nl');
    expect(out).toContain('2022  1.900.000  a, b');
    expect(out).toContain('2023  -1.234,50');
    expect(out).toContain('2024         PM  P.M.');
  });

  it('csv: "," and canonical amounts by default; ";" and a decimal comma without grouping for nl', () => {
    expect(renderReport(report, 'csv', 'plain')).toBe('year,planned,note\n2022,1900000,"a, b"\n2023,-1234.50,\n2024,PM,P.M.\n');
    expect(renderReport(report, 'csv', 'nl')).toBe('year;planned;note\n2022;1900000;a, b\n2023;-1234,50;\n2024;PM;P.M.\n');
  });

  it('json: the projection itself, amounts as decimal strings', () => {
    expect(JSON.parse(renderReport(report, 'json', 'nl'))).toEqual({ years: [{ planned: '1900000' }] });
  });
});
