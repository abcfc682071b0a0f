import { describe, expect, it } from 'vitest';
import { toDutchCsv } from './csv.js';

describe('toDutchCsv', () => {
  it('writes a BOM, semicolons, decimal commas and CRLF, quoting what needs it', () => {
    const csv = toDutchCsv(
      ['Jaar', 'Gepland', 'Omschrijving'],
      [
        [2025, '1900000.5', 'Wmo; huishoudelijke hulp'],
        [2026, null, 'zei "nee"'],
      ],
    );
    expect(csv).toBe(
      '\ufeffJaar;Gepland;Omschrijving\r\n2025;1900000,50;"Wmo; huishoudelijke hulp"\r\n2026;;"zei ""nee"""\r\n',
    );
  });

  it('keeps negative amounts as numbers but defuses text a spreadsheet would run as a formula', () => {
    const csv = toDutchCsv(['a', 'b', 'c', 'd'], [['-646765', '=HYPERLINK("x")', '+31 6', '@SUM(A1)']]);
    expect(csv.split('\r\n')[1]).toBe(`-646765;"'=HYPERLINK(""x"")";'+31 6;'@SUM(A1)`);
  });
});
