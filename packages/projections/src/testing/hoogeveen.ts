import { municipalityStreamId, programmeStreamId } from '@grip/ledger';
import { canonical, HOOGEVEEN, hoogeveenMeasureId, hoogeveenPlan } from '@grip/ledger/testing';
import type { EventBuilder } from './event-builder.js';

/**
 * The Hoogeveen programme plan 2022-2025 as recorded events, derived from the ledger's one Hoogeveen
 * source (`hoogeveenPlan`, seed 002): tranches, one measure per domain, incidental investment.
 */
export function recordHoogeveenProgramme(b: EventBuilder, programmeId = 'hv-2022'): string {
  const s = programmeStreamId(programmeId);
  const { decision, target, tranches, investment } = hoogeveenPlan;
  b.append(s, 'ProgrammeOpened', {
    programmeId,
    municipality: HOOGEVEEN,
    title: hoogeveenPlan.title,
    period: hoogeveenPlan.period,
    domains: hoogeveenPlan.domains.map(({ code, name }) => ({ code, name })),
    categories: [...hoogeveenPlan.categories],
  });
  b.append(s, 'DecisionRecorded', decision);
  b.append(s, 'TargetSet', {
    targetId: target.targetId,
    scope: { level: 'programme' },
    amount: canonical(target.amount),
    timing: { kind: 'structural', fromYear: target.fromYear },
    decisionId: decision.decisionId,
  });
  b.append(s, 'ProgrammePlanRevised', {
    decisionId: decision.decisionId,
    lines: tranches.map(({ year, amount }) => ({ year, amount: canonical(amount), nature: 'structural' as const })),
  });
  for (const { code, name, planned } of hoogeveenPlan.domains) {
    const measureId = hoogeveenMeasureId(code);
    b.append(s, 'MeasureRegistered', {
      measureId,
      code,
      title: `Besparing ${name}`,
      domain: code,
      category: hoogeveenPlan.measureCategory,
      owner: hoogeveenPlan.measureOwner,
    });
    b.append(s, 'MeasurePlanRevised', {
      measureId,
      decisionId: decision.decisionId,
      lines: [{ year: hoogeveenPlan.period.lastYear, amount: canonical(planned), nature: 'structural' }],
    });
  }
  for (const year of investment.years) {
    b.append(s, 'CostCommitted', {
      costId: investment.costId,
      measureId: null,
      year,
      amount: canonical(investment.amount),
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
  const s = municipalityStreamId(HOOGEVEEN);
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
