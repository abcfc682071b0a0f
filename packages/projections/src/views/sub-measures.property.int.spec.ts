import fc from 'fast-check';
import { programmeStreamId, scopedProgrammeKey } from '@grip/ledger';
import { HOOGEVEEN, HOOGEVEEN_PROGRAMME } from '@grip/ledger/testing';
import { describe, expect, it } from 'vitest';
import { seeded } from '../__fixtures__/command-sequence.js';
import { sumStrings } from '../core/money-sum.js';
import { periodYears } from '../core/year-rule.js';
import { readRecorded } from '../queries/load.js';
import { foldStream } from '../state/fold.js';
import { programmeModel } from '../state/programme-model.js';
import { domainTotals } from './domain-totals.js';
import { measureReport } from './measure-report.js';
import { programmeFigure } from './reconciliation.js';
import { yearSlice } from './year-slices.js';

const p = { programmeId: HOOGEVEEN_PROGRAMME };
// 'A' is a new measure without a plan; the Hoogeveen measures have plans; s1-s4 are would-be sub-measures.
const ids = ['A', 'domein-wmo', 's1', 's2', 's3', 's4'];
const amount = fc.integer({ min: -5_000_000, max: 5_000_000 }).map(String);
const year = fc.constantFrom(2022, 2023, 2024, 2025);

/** Registrations with and without parents, plans and realisations anywhere: the ledger refuses what breaks the rules. */
const command = fc.oneof(
  fc
    .record({
      id: fc.constantFrom('s1', 's2', 's3', 's4'),
      parent: fc.constantFrom('A', 'domein-wmo', 's1', undefined),
    })
    .map(({ id, parent }) => ({
      type: 'RegisterMeasure' as const,
      data: {
        ...p,
        measureId: id,
        code: id,
        title: id,
        domain: 'WMO',
        category: 'beleidskeuze',
        owner: 'o',
        ...(parent && { parentMeasureId: parent }),
      },
    })),
  fc
    .record({
      id: fc.constantFrom(...ids),
      lines: fc.array(
        fc.record({ year, amount, nature: fc.constantFrom('structural' as const, 'incidental' as const) }),
        { maxLength: 2 },
      ),
    })
    .map(({ id, lines }) => ({
      type: 'ReviseMeasurePlan' as const,
      data: { ...p, measureId: id, decisionId: 'raad-2022-programmaplan', lines },
    })),
  fc.record({ id: fc.constantFrom(...ids), year, amount }).map(({ id, year, amount }) => ({
    type: 'RealiseSaving' as const,
    data: { ...p, measureId: id, year, amount },
  })),
);

describe('measures with sub-measures', () => {
  it('never count a euro twice: programme, domain and top-level totals equal the sum of the measures that carry figures, and a parent is the sum of its sub-measures', async () => {
    let withSubMeasures = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const { store, ledger } = await seeded();
        const register = {
          type: 'RegisterMeasure' as const,
          data: { ...p, measureId: 'A', code: 'A', title: 'A', domain: 'JEUGD', category: 'beleidskeuze', owner: 'o' },
        };
        for (const c of [register, ...commands])
          await ledger.execute(c, { actor: 'user:controller', tenant: HOOGEVEEN });
        const streamId = programmeStreamId(scopedProgrammeKey(HOOGEVEEN, HOOGEVEEN_PROGRAMME));
        const model = programmeModel(foldStream(streamId, await readRecorded(store, streamId)))!;
        for (const y of periodYears(model.period)) {
          const rows = measureReport(model, y).rows;
          const slice = yearSlice(model, y);
          const leaves = rows.filter((r) => r.subMeasures === 0);
          const topLevel = rows.filter((r) => r.parentMeasureId === null);
          expect(sumStrings(leaves.map((r) => r.planned))).toBe(slice.attributed);
          expect(sumStrings(topLevel.map((r) => r.planned))).toBe(slice.attributed);
          expect(sumStrings(topLevel.map((r) => r.realised ?? '0'))).toBe(slice.realised);
          const domains = domainTotals(model, y).domains.filter((d) => d.code !== 'unattributed');
          expect(sumStrings(domains.map((d) => d.planned))).toBe(slice.attributed);
          if (rows.some((r) => r.subMeasures > 0)) withSubMeasures++;
          for (const parent of rows.filter((r) => r.subMeasures > 0)) {
            const children = rows.filter((r) => r.parentMeasureId === parent.measureId);
            expect(children).toHaveLength(parent.subMeasures);
            expect(parent.planned).toBe(sumStrings(children.map((c) => c.planned)));
            // Reconciliation at the parent's scope sums the same rows as its report row.
            expect(programmeFigure(model, 'planned', { level: 'measure', measureId: parent.measureId }, y)).toBe(
              parent.planned,
            );
          }
        }
      }),
      { numRuns: 40 },
    );
    // The vocabulary must reach parents with sub-measures, or the property would hold vacuously.
    expect(withSubMeasures).toBeGreaterThan(0);
  });
});
