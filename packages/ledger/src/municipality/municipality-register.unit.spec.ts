import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryEventStore } from '../store/memory/index.js';
import { fixedClock } from '../facade/clock.js';
import { sequentialIds } from '../facade/ids.js';
import { createLedger } from '../facade/ledger.js';
import type { Command, CommandInput } from '../commands/catalogue.js';
import { commandYear } from '../facade/municipality-check.js';
import { parseMunicipalityRegister, type MunicipalityRegister } from './municipality-register.js';

// The fixture is invented test data (its source says so), never the CBS list.
const testRegister: unknown = JSON.parse(
  readFileSync(new URL('./__fixtures__/test-municipality-register.json', import.meta.url), 'utf8'),
);
const register = (): MunicipalityRegister => {
  const parsed = parseMunicipalityRegister(testRegister);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

const income = (year: number): CommandInput => ({
  type: 'RecordIncome',
  data: { year, source: 'buig', amount: '1000', basis: 'realised' },
});

const ledgerWith = (municipalities?: MunicipalityRegister) =>
  createLedger({
    store: createMemoryEventStore(),
    clock: fixedClock('2026-03-01T09:00:00Z'),
    ids: sequentialIds(),
    ...(municipalities && { municipalities }),
  });
const as = (tenant: string) => ({ actor: 'user:controller', tenant });

describe('the municipality register file', () => {
  it('given a list per year, then a code is listed, not listed, or its year is not covered', () => {
    const r = register();
    expect(r.years).toEqual([2018, 2019, 2020]);
    expect(r.check('GM9001', 2018)).toEqual({ status: 'listed', year: 2018 });
    expect(r.check('GM9001', 2019)).toEqual({ status: 'not-listed', year: 2019, listedIn: [2018] });
    expect(r.check('GM9003', 2024)).toEqual({ status: 'year-not-covered', year: 2024, covered: [2018, 2019, 2020] });
  });

  it('refuses a file without a source, with a bad year or a bad code, naming every problem', () => {
    const parsed = parseMunicipalityRegister({ years: { '20x8': ['GM0118'], 2019: ['0118'] }, extra: 1 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('INVALID_MUNICIPALITY_REGISTER');
    const paths = parsed.error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['source', 'years.20x8', 'years.2019.0', '(root)']));
  });
});

describe('the ledger with a municipality register', () => {
  it('given a code the list of that year has, when income is recorded, then it is accepted without warning', async () => {
    const outcome = await ledgerWith(register()).execute(income(2018), as('GM9001'));
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.value.warnings).toBeUndefined();
  });

  it('given a code merged away, when a command is about a later year, then MUNICIPALITY_NOT_LISTED, naming where it is listed', async () => {
    const outcome = await ledgerWith(register()).execute(income(2019), as('GM9001'));
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'MUNICIPALITY_NOT_LISTED', details: { tenant: 'GM9001', year: 2019, listedIn: [2018] } },
    });
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/not a municipality code in 2019.*listed in 2018/);
  });

  it('given a year the list does not cover, then the command is accepted with a warning that says so', async () => {
    const outcome = await ledgerWith(register()).execute(income(2024), as('GM9003'));
    expect(outcome.ok && outcome.value.warnings).toEqual([
      expect.objectContaining({
        code: 'MUNICIPALITY_YEAR_NOT_COVERED',
        details: expect.objectContaining({ year: 2024 }),
      }),
    ]);
  });

  it('checks a P&C moment against the list of its year', async () => {
    const moment = await ledgerWith(register()).execute(
      {
        type: 'RecordPcMoment',
        data: { name: 'berap-1-2019', kind: 'berap-1', year: 2019, at: '2019-05-01T00:00:00Z' },
      },
      as('GM9002'),
    );
    expect(moment).toMatchObject({ ok: false, error: { code: 'MUNICIPALITY_NOT_LISTED' } });
  });

  it("takes a command's year, else its date's year, else its period's first year, else the clock's", () => {
    const now = () => new Date('2026-03-01T09:00:00Z');
    const command = (data: Record<string, unknown>) => ({ type: 'RecordDecision', data }) as unknown as Command;
    expect(commandYear(command({ year: 2019, date: '2021-01-01' }), now)).toBe(2019);
    expect(commandYear(command({ date: '2021-02-24' }), now)).toBe(2021);
    expect(commandYear(command({ period: { firstYear: 2022, lastYear: 2025 } }), now)).toBe(2022);
    expect(commandYear(command({ measureId: 'm' }), now)).toBe(2026);
  });

  it('without a register, checks only the format (as before)', async () => {
    expect(await ledgerWith().execute(income(2019), as('GM9001'))).toMatchObject({ ok: true });
    expect(await ledgerWith().execute(income(2019), as('GM91'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });
});
