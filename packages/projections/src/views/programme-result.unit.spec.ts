import { describe, expect, it } from 'vitest';
import type { ProgrammeModel } from '../state/programme-model.js';
import { programmeResult, RESULT_LABELS } from './programme-result.js';

const cost = (year: number, amount: string, nature: 'structural' | 'incidental') => ({
  costId: `c-${nature}`,
  measureId: null,
  year,
  amount,
  nature,
  kind: 'staff' as const,
});

/** A 2021-2023 programme: €100.000 structural from 2021, €50.000 once in 2023; lasten both ways. */
const model: ProgrammeModel = {
  programmeId: 'p',
  municipality: 'GM0106',
  title: 'Grip',
  period: { firstYear: 2021, lastYear: 2023 },
  domains: [{ code: 'WMO', name: 'Wmo' }],
  categories: [{ code: 'bk', name: 'beleidskeuze' }],
  measures: [
    {
      measureId: 'm',
      code: 'A',
      title: 'A',
      domain: 'WMO',
      category: 'bk',
      owner: 'o',
      plan: [
        { year: 2021, amount: '100000', nature: 'structural' },
        { year: 2023, amount: '50000', nature: 'incidental' },
      ],
      rag: null,
      lifecycle: null,
      parentMeasureId: null,
      realised: new Map([[2023, '140000']]),
    },
  ],
  phasing: [],
  targets: [],
  costs: [cost(2022, '10000', 'structural'), cost(2021, '20000', 'incidental'), cost(2023, '20000', 'incidental')],
  realisedCosts: [],
  stated: [],
};

describe('the result of a programme', () => {
  it('given a structural saving from 2021 in 2021-2023, then the final year counts it once and the cumulative three times, each labelled', () => {
    const r = programmeResult(model);
    expect(r.finalYear).toEqual({
      year: 2023,
      label: 'structural effect in the final year (structureel effect in het laatste jaar)',
      planned: '100000',
      costs: '10000',
      net: '90000',
      realised: '140000',
      realisedCosts: '0',
      realisedNet: '140000',
    });
    expect(r.cumulative).toEqual({
      firstYear: 2021,
      lastYear: 2023,
      label: RESULT_LABELS.cumulative,
      // 3 × 100.000 structural + 50.000 once; lasten 2 × 10.000 structural + 2 × 20.000 once.
      planned: '350000',
      costs: '60000',
      net: '290000',
      realised: '140000',
      realisedCosts: '0',
      realisedNet: '140000',
    });
    expect(r.cumulative.label).toBe('cumulative over the period (cumulatief over de periode)');
  });
});
