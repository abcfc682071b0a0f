import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { integer, money, text, toTable, yesNoColumn } from './table.js';

type Row = { year: number; amount: string | null; note: string | null };
const table = toTable<Row>(
  [integer('year', (r) => r.year), money('amount', (r) => r.amount), text('note', (r) => r.note)],
  [
    { year: 2022, amount: '1900000', note: 'a, b' },
    { year: 2023, amount: '-646765.5', note: null },
    { year: 2024, amount: '0.05', note: '=1+1' },
    { year: 2025, amount: 'PM', note: '-5 en "quotes"' },
    { year: 2026, amount: null, note: '@SUM(A1)' },
  ],
);

describe('the CSV writer', () => {
  it('plain: a BOM, "," between fields, CRLF, amounts canonical as stored', () => {
    expect(toCsv(table, 'plain')).toBe(
      '\uFEFFyear,amount,note\r\n2022,1900000,"a, b"\r\n2023,-646765.5,\r\n2024,0.05,\'=1+1\r\n2025,PM,"\'-5 en ""quotes"""\r\n2026,,\'@SUM(A1)\r\n',
    );
  });

  it('writes yes/no as ja/nee under nl', () => {
    const flags = toTable<boolean>([yesNoColumn('complete', (b) => b)], [true, false]);
    expect(toCsv(flags, 'plain')).toBe('\uFEFFcomplete\r\nyes\r\nno\r\n');
    expect(toCsv(flags, 'nl')).toBe('\uFEFFVolledig\r\nja\r\nnee\r\n');
  });

  it('nl: Dutch headers, ";" and exact amounts with two decimals, a decimal comma and no grouping; markers as they are', () => {
    expect(toCsv(table, 'nl')).toBe(
      '\uFEFFJaar;Bedrag;Toelichting\r\n2022;1900000,00;a, b\r\n2023;-646765,50;\r\n2024;0,05;\'=1+1\r\n2025;PM;"\'-5 en ""quotes"""\r\n2026;;\'@SUM(A1)\r\n',
    );
  });

  it('never rounds: the largest amounts keep every digit and cent', () => {
    const big = toTable<string>([money('amount', (a) => a)], ['-999999999999.99', '123456789012.1']);
    expect(toCsv(big, 'nl')).toBe('\uFEFFBedrag\r\n-999999999999,99\r\n123456789012,10\r\n');
  });
});

describe('the formula guard (one writer, one guard)', () => {
  const hostile = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

  it('guards text that reaches a money or integer column (the diff puts titles and owners in old/new)', () => {
    const diffLike = toTable<string>(
      [text('figure', () => 'title'), money('old', (v) => v), money('new', () => '1900000'), integer('year', (v) => v)],
      hostile,
    );
    for (const locale of ['plain', 'nl'] as const) {
      const cells = toCsv(diffLike, locale)
        .slice(1)
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(locale === 'nl' ? ';' : ','));
      for (const row of cells) {
        // old (column 1) and year (column 3) hold the hostile text, each must be quoted as text
        expect(row[1]).toMatch(/^"?'/);
        expect(row[3]).toMatch(/^"?'/);
      }
    }
    console.info(`formula guard: ${hostile.length} hostile values × money and integer columns × 2 locales guarded`);
  });

  it('leaves canonical amounts and integers alone, negative ones included', () => {
    const numbers = toTable<[string, number]>(
      [money('m', (v) => v[0]), integer('i', (v) => v[1])],
      [
        ['-646765.5', -3],
        ['-12', 2024],
      ],
    );
    expect(toCsv(numbers, 'plain')).toBe('\uFEFFm,i\r\n-646765.5,-3\r\n-12,2024\r\n');
  });
});
