import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCents, sumStrings } from '../core/money-sum.js';
import { foldStream } from '../state/fold.js';
import { programmeModel, type ProgrammeModel } from '../state/programme-model.js';
import { eventBuilder } from '../testing/event-builder.js';
import { domainTotals } from './domain-totals.js';
import { programmeFigure } from './reconciliation.js';
import { yearSlice } from './year-slices.js';

const P = 'programme-pn';

/** A perspectiefnota-like table of budget changes: voordelen (+) and nadelen (−), no programme phasing. */
function budgetChanges(amounts: readonly string[]): ProgrammeModel {
  const b = eventBuilder();
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'pn',
    municipality: 'GM0118',
    title: 'Perspectiefnota 2024',
    period: { firstYear: 2024, lastYear: 2024 },
    domains: [{ code: 'SD', name: 'Sociaal domein' }],
    categories: [{ code: 'b', name: 'beleidskeuze' }],
  });
  amounts.forEach((amount, i) => {
    const measureId = `m${i}`;
    b.append(P, 'MeasureRegistered', {
      measureId,
      code: measureId,
      title: measureId,
      domain: 'SD',
      category: 'b',
      owner: 'o',
    });
    b.append(P, 'MeasurePlanRevised', {
      measureId,
      decisionId: 'd',
      lines: [{ year: 2024, amount, nature: 'incidental' }],
    });
  });
  return programmeModel(foldStream(P, b.events)) as ProgrammeModel;
}

describe('a programme whose measures sum to a negative amount', () => {
  it('given nadelen of −384.000 and −1.200.000 and a voordeel of 250.000, planned and net are −1.334.000', () => {
    const model = budgetChanges(['-384000', '-1200000', '250000']);
    const slice = yearSlice(model, 2024);
    expect(slice.planned).toBe('-1334000');
    expect(slice.net).toBe('-1334000');
    expect(slice.unattributed).toBe('0');
    expect(domainTotals(model, 2024).total).toBe('-1334000');
    expect(programmeFigure(model, 'planned', { level: 'programme' }, 2024)).toBe('-1334000');
  });

  it('reports the exact sum of any measure amounts, positive or negative, at every level', () => {
    const cents = fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }).map(fromCents);
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 8 }), (amounts) => {
        const model = budgetChanges(amounts);
        const slice = yearSlice(model, 2024);
        const sum = sumStrings(amounts);
        expect(slice.attributed).toBe(sum);
        expect(slice.planned).toBe(sum);
        expect(slice.unattributed).toBe('0');
        const totals = domainTotals(model, 2024);
        expect(sumStrings(totals.domains.map((d) => d.planned))).toBe(totals.total);
        expect(totals.total).toBe(sum);
      }),
      { numRuns: 60 },
    );
  });
});
