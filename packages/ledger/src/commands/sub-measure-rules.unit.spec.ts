import { describe, it } from 'vitest';
import { programmeSpec, type GivenEvent } from '../testing/decider-spec.js';
import { decision, measure, opened, P } from './__fixtures__/programme-givens.js';

// Measure A (m1, "C 2.1") with sub-measures A.1 and A.2, as a summary table and its detail print them.
const sub = (measureId: string, code: string, parentMeasureId = 'm1') => ({
  measureId,
  code,
  title: code,
  domain: 'WMO',
  category: 'beleidskeuze',
  owner: 'o',
  parentMeasureId,
});
const registered = (measureId: string, code: string, parentMeasureId = 'm1'): GivenEvent => ({
  type: 'MeasureRegistered',
  eventId: `e-${measureId}`,
  data: sub(measureId, code, parentMeasureId),
});
const plan = (measureId: string, amount = '100000') => ({
  type: 'ReviseMeasurePlan' as const,
  data: {
    programmeId: P,
    measureId,
    decisionId: 'raad-1',
    lines: [{ year: 2022, amount, nature: 'structural' as const }],
  },
});
const spec = programmeSpec();

describe('sub-measures', () => {
  it('given measure A, when A.1 is registered under it, then it is recorded with its parent', () => {
    spec
      .given([opened, decision, measure])
      .when({ type: 'RegisterMeasure', data: { programmeId: P, ...sub('a1', 'C 2.1.1') } })
      .then([{ type: 'MeasureRegistered', data: sub('a1', 'C 2.1.1') }]);
  });

  it('given no measure A, when A.1 names it as parent, then MEASURE_NOT_FOUND', () => {
    spec
      .given([opened, decision])
      .when({ type: 'RegisterMeasure', data: { programmeId: P, ...sub('a1', 'C 2.1.1') } })
      .thenError('MEASURE_NOT_FOUND');
  });

  it('given A.1 under A, when A.1.a is registered under A.1, then MEASURE_NESTING_TOO_DEEP (one level, as printed)', () => {
    spec
      .given([opened, decision, measure, registered('a1', 'C 2.1.1')])
      .when({ type: 'RegisterMeasure', data: { programmeId: P, ...sub('a1a', 'C 2.1.1.a', 'a1') } })
      .thenError('MEASURE_NESTING_TOO_DEEP');
  });

  it('given A with a plan of its own, when a sub-measure is registered under it, then MEASURE_HAS_OWN_FIGURES', () => {
    const planned: GivenEvent = {
      type: 'MeasurePlanRevised',
      data: { measureId: 'm1', decisionId: 'raad-1', lines: plan('m1').data.lines },
    };
    spec
      .given([opened, decision, measure, planned])
      .when({ type: 'RegisterMeasure', data: { programmeId: P, ...sub('a1', 'C 2.1.1') } })
      .thenError('MEASURE_HAS_OWN_FIGURES');
    // Revised to no lines (its summary kept as a stated total instead), A can take its detail.
    const emptied: GivenEvent = {
      type: 'MeasurePlanRevised',
      data: { measureId: 'm1', decisionId: 'raad-1', lines: [] },
    };
    spec
      .given([opened, decision, measure, planned, emptied])
      .when({ type: 'RegisterMeasure', data: { programmeId: P, ...sub('a1', 'C 2.1.1') } })
      .then([{ type: 'MeasureRegistered', data: sub('a1', 'C 2.1.1') }]);
  });

  it('given A with sub-measures, when a plan or a realisation is recorded on A, then MEASURE_HAS_SUB_MEASURES', () => {
    const given = [opened, decision, measure, registered('a1', 'C 2.1.1')];
    spec.given(given).when(plan('m1')).thenError('MEASURE_HAS_SUB_MEASURES');
    spec
      .given(given)
      .when({ type: 'RealiseSaving', data: { programmeId: P, measureId: 'm1', year: 2022, amount: '1' } })
      .thenError('MEASURE_HAS_SUB_MEASURES');
    spec
      .given(given)
      .when(plan('a1'))
      .then([
        { type: 'MeasurePlanRevised', data: { measureId: 'a1', lines: plan('a1').data.lines, decisionId: 'raad-1' } },
      ]);
  });

  it('given A with A.1, when another measure is corrected to sit under A.1, then refused as RegisterMeasure would', () => {
    spec
      .given([opened, decision, measure, registered('a1', 'C 2.1.1'), registered('b', 'B', 'm1')])
      .when({
        type: 'CorrectProgrammeEntry',
        data: { programmeId: P, correctedEventId: 'e-b', replacement: sub('b', 'B', 'a1'), explanation: 'x' },
      })
      .thenError('MEASURE_NESTING_TOO_DEEP');
  });
});
