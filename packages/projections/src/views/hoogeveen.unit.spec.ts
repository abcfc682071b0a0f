import { describe, expect, it } from 'vitest';
import { foldStream } from '../state/fold.js';
import { municipalityModel } from '../state/municipality-model.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { eventBuilder } from '../testing/event-builder.js';
import { HOOGEVEEN_TABEL_7, recordHoogeveenBalance, recordHoogeveenProgramme } from '../testing/hoogeveen.js';
import { domainTotals } from './domain-totals.js';
import { fiscalBalance } from './fiscal-balance.js';
import { programmeResult } from './programme-result.js';
import { municipalityFigure, reconcileLine } from './reconciliation.js';
import { yearSlices } from './year-slices.js';

const hoogeveen = () => {
  const b = eventBuilder();
  recordHoogeveenProgramme(b);
  recordHoogeveenBalance(b);
  const programme = programmeModel(
    foldStream(
      'programme-hv-2022',
      b.events.filter((e) => e.streamId === 'programme-hv-2022'),
    ),
  ) as ProgrammeModel;
  const muni = municipalityModel(
    foldStream(
      'municipality-GM0118',
      b.events.filter((e) => e.streamId === 'municipality-GM0118'),
    ),
  );
  return { programme, muni };
};

describe('Hoogeveen programme plan 2022-2025', () => {
  it('builds the year slices from structural tranches', () => {
    const slices = yearSlices(hoogeveen().programme);
    expect(slices.map((s) => [s.year, s.phasing, s.planned])).toEqual([
      [2022, '250000', '250000'],
      [2023, '750000', '750000'],
      [2024, '1750000', '1750000'],
      [2025, '1900000', '1900000'],
    ]);
    // The domain measures are planned from 2025, when the plan reaches its full saving: before that the
    // tranches are the programme's unattributed part.
    expect(slices.map((s) => [s.attributed, s.unattributed])).toEqual([
      ['0', '250000'],
      ['0', '750000'],
      ['0', '1750000'],
      ['1900000', '0'],
    ]);
  });

  it('counts the incidental investment of 350000 only in its own year and nets it against the baten', () => {
    const slices = yearSlices(hoogeveen().programme);
    expect(slices.map((s) => s.costs)).toEqual(['350000', '350000', '350000', '350000']);
    expect(slices.map((s) => s.net)).toEqual(['-100000', '400000', '1400000', '1550000']);
    expect(slices.map((s) => s.gap)).toEqual(['-250000', '-750000', '-1750000', '0']);
    expect(slices[0]!.target).toBe('0');
  });

  it('splits 2025 per domain into 200000 / 650000 / 450000 / 600000 adding up to 1900000', () => {
    const totals = domainTotals(hoogeveen().programme);
    expect(totals.year).toBe(2025);
    expect(totals.domains.map((r) => [r.name, r.planned])).toEqual([
      ['Participatie/SHV', '200000'],
      ['Wmo', '650000'],
      ['Jeugd', '450000'],
      ['Sociaal breed', '600000'],
      ['Niet toegerekend aan maatregelen', '0'],
    ]);
    expect(totals.total).toBe('1900000');
    expect(totals.categories.map((r) => r.planned)).toEqual(['1900000', '0', '0']);
  });

  it('shows the unattributed part as its own row so 2022 still adds up', () => {
    const totals = domainTotals(hoogeveen().programme, 2022);
    expect(totals.domains.map((r) => r.planned)).toEqual(['0', '0', '0', '0', '250000']);
    expect(totals.total).toBe('250000');
  });

  it('summarises the result over the whole period, and apart from it the structural effect in 2025', () => {
    const result = programmeResult(hoogeveen().programme);
    expect(result.cumulative).toMatchObject({ planned: '4650000', costs: '1400000', net: '3250000' });
    // The €1.9M structural target is what the plan yields for good; the €350.000 a year is incidental.
    expect(result.finalYear).toMatchObject({ year: 2025, planned: '1900000', costs: '0', net: '1900000' });
    expect(result.byRag).toEqual({ groen: 0, oranje: 0, rood: 0, none: 4 });
    expect(result.byLifecycle.planned).toBe(4);
  });
});

describe('Hoogeveen Bijlage 7 Tabel 7', () => {
  it('computes the four saldi from the rows', () => {
    const { muni, programme } = hoogeveen();
    const saldi = [2017, 2018, 2019, 2020].map((y) => fiscalBalance(muni, [programme], y));
    expect(saldi.map((s) => s.incomeTotal)).toEqual(['122381728', '119205064', '100600175', '108434822']);
    expect(saldi.map((s) => s.expenditureTotal)).toEqual(['123028493', '123641069', '103329751', '109081176']);
    expect(saldi.map((s) => s.saldo)).toEqual(['-646765', '-4436005', '-2729576', '-646354']);
    expect(saldi[0]!.expenditure.find((l) => l.line === '6.4')).toEqual({
      line: '6.4',
      amount: '42511000',
      basis: 'realised',
    });
    // The programme starts in 2022: nothing to project onto 2017-2020.
    expect(saldi.map((s) => s.projectedSaldo)).toEqual(saldi.map((s) => s.saldo));
  });

  it('projects the saldo with the planned structural savings of the programme', () => {
    const { muni, programme } = hoogeveen();
    const b = fiscalBalance(muni, [programme], 2024);
    expect(b).toMatchObject({
      saldo: '0',
      plannedStructuralSavings: '1750000',
      projectedSaldo: '1750000',
      basis: 'none',
    });
  });

  it('flags the printed 2019 saldo, one euro off its own rows, and matches the other three', () => {
    const { muni } = hoogeveen();
    const lines = muni.stated.map((s) => reconcileLine(s, municipalityFigure(muni, s.figure, s.year)));
    expect(lines.map((l) => [l.year, l.status, l.difference])).toEqual([
      [2017, 'matches', '0'],
      [2018, 'matches', '0'],
      [2019, 'differs', '1'],
      [2020, 'matches', '0'],
    ]);
    expect(lines[2]).toMatchObject({ stated: '-2729575', computed: '-2729576' });
    expect(Object.keys(HOOGEVEEN_TABEL_7)).toHaveLength(4);
  });
});
