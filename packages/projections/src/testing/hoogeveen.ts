import { municipalityStreamId, programmeStreamId } from '@grip/ledger';
import type { EventBuilder } from './event-builder.js';

/** Hoogeveen programme plan 2022-2025 (seed 002): tranches, per-domain measures, incidental investment. */
export function recordHoogeveenProgramme(b: EventBuilder, programmeId = 'hv-2022'): string {
  const s = programmeStreamId(programmeId);
  b.append(s, 'ProgrammeOpened', {
    programmeId,
    municipality: 'GM0118',
    title: 'Herontwerp sociaal domein 2022-2025',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [
      { code: 'PART', name: 'Participatie/SHV' },
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
      { code: 'BREED', name: 'Sociaal breed' },
    ],
    categories: [
      { code: 'beleid', name: 'beleidskeuze' },
      { code: 'bedrijf', name: 'bedrijfsvoering' },
    ],
  });
  b.append(s, 'DecisionRecorded', {
    decisionId: 'raad-2021-11',
    body: 'raad',
    date: '2021-11-11',
    reference: 'RB 2021/11',
    summary: 'Programmaplan vastgesteld',
  });
  b.append(s, 'TargetSet', {
    targetId: 't-1',
    scope: { level: 'programme' },
    amount: '1900000',
    timing: { kind: 'structural', fromYear: 2025 },
    decisionId: 'raad-2021-11',
  });
  b.append(s, 'ProgrammePlanRevised', {
    decisionId: 'raad-2021-11',
    lines: [
      { year: 2022, amount: '250000', nature: 'structural' },
      { year: 2023, amount: '500000', nature: 'structural' },
      { year: 2024, amount: '1000000', nature: 'structural' },
      { year: 2025, amount: '150000', nature: 'structural' },
    ],
  });
  const measures: Array<[string, string, string, string, number]> = [
    ['shv-beleid', 'PART', 'beleid', '80000', 2022],
    ['shv-vrijwilligers', 'PART', 'bedrijf', '40000', 2022],
    ['shv-bewind', 'PART', 'beleid', '80000', 2022],
    ['wmo-voorliggend', 'WMO', 'beleid', '400000', 2023],
    ['wmo-regie', 'WMO', 'bedrijf', '250000', 2024],
    ['jeugd-poh', 'JEUGD', 'beleid', '300000', 2024],
    ['jeugd-gi', 'JEUGD', 'bedrijf', '150000', 2025],
    ['breed-basis', 'BREED', 'beleid', '600000', 2024],
  ];
  for (const [measureId, domain, category, amount, from] of measures) {
    b.append(s, 'MeasureRegistered', {
      measureId,
      code: measureId.toUpperCase(),
      title: `Maatregel ${measureId}`,
      domain,
      category,
      owner: 'team sociaal domein',
    });
    b.append(s, 'MeasurePlanRevised', {
      measureId,
      decisionId: 'raad-2021-11',
      lines: [{ year: from, amount, nature: 'structural' }],
    });
  }
  for (const year of [2022, 2023, 2024, 2025]) {
    b.append(s, 'CostCommitted', {
      costId: 'invoering',
      measureId: null,
      year,
      amount: '350000',
      nature: 'incidental',
      kind: 'programme-organisation',
    });
  }
  return programmeId;
}

/** Bijlage 7 Tabel 7 rows, with taakveld 6 from Tabel 5 (thousands x 1000) and overhead from Tabel 6. */
export const HOOGEVEEN_TABEL_7 = {
  2017: {
    gf: '90881891',
    buig: '20751450',
    overig: '10748387',
    overhead: '3893493',
    tv: [6056, 1125, 23452, 42511, 3780, 1623, 18287, 20146, 453, 1702],
    printed: '-646765',
  },
  2018: {
    gf: '92145933',
    buig: '20260054',
    overig: '6799077',
    overhead: '3584069',
    tv: [6883, 1088, 24203, 40389, 3260, 1571, 20302, 19916, 707, 1738],
    printed: '-4436005',
  },
  2019: {
    gf: '77333685',
    buig: '19362353',
    overig: '3904137',
    overhead: '3655751',
    tv: [5775, 1715, 22886, 21920, 1807, 3212, 18795, 20336, 852, 2376],
    printed: '-2729575',
  },
  2020: {
    gf: '81406225',
    buig: '19446865',
    overig: '7581732',
    overhead: '4477176',
    tv: [5971, 1746, 26998, 22786, 1708, 3044, 18914, 20027, 789, 2621],
    printed: '-646354',
  },
} as const;

const TAAKVELDEN = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.71', '6.72', '6.81', '6.82'];

export function recordHoogeveenBalance(b: EventBuilder): void {
  const s = municipalityStreamId('GM0118');
  for (const [yearText, row] of Object.entries(HOOGEVEEN_TABEL_7)) {
    const year = Number(yearText);
    b.append(s, 'IncomeRecorded', { year, source: 'gemeentefonds-sociaal-domein', amount: row.gf, basis: 'realised' });
    b.append(s, 'IncomeRecorded', { year, source: 'buig', amount: row.buig, basis: 'realised' });
    b.append(s, 'IncomeRecorded', { year, source: 'overige-baten', amount: row.overig, basis: 'realised' });
    row.tv.forEach((thousands, i) =>
      b.append(s, 'ExpenditureRecorded', {
        year,
        line: { kind: 'taakveld', code: TAAKVELDEN[i]! },
        amount: String(thousands * 1000),
        basis: 'realised',
      }),
    );
    b.append(s, 'ExpenditureRecorded', { year, line: { kind: 'overhead' }, amount: row.overhead, basis: 'realised' });
    b.append(s, 'StatedTotalRecorded', {
      totalId: `tabel7-saldo-${year}`,
      label: `Tabel 7 saldo ${year}`,
      figure: 'saldo',
      scope: { level: 'municipality' },
      year,
      amount: row.printed,
    });
  }
}
