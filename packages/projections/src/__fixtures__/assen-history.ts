import { eventBuilder, type EventBuilder } from '../testing/event-builder.js';

export const P = 'programme-opwinding';
const M = 'municipality-GM0106';

/** Assen-like (seed 000, section 1.4): "2021 initieel" in April, "2021 bijgesteld" in the autumn. */
export function assen(): { b: EventBuilder; revisionIds: Record<string, string> } {
  const b = eventBuilder({ tenant: 'GM0106', start: '2021-01-10T09:00:00Z' });
  b.append(P, 'ProgrammeOpened', {
    programmeId: 'opwinding',
    municipality: 'GM0106',
    title: 'Programma Opwinding',
    period: { firstYear: 2020, lastYear: 2023 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'bc', name: 'businesscase' }],
  });
  const measure = (measureId: string, domain: string, amount: string) => {
    b.append(P, 'MeasureRegistered', {
      measureId,
      code: measureId,
      title: measureId,
      domain,
      category: 'bc',
      owner: 'programmamanager',
    });
    b.append(P, 'MeasurePlanRevised', {
      measureId,
      decisionId: 'd-1',
      lines: [{ year: 2021, amount, nature: 'structural' }],
    });
  };
  measure('wlz', 'WMO', '605000');
  measure('herindicatie', 'WMO', '200000');
  measure('gi', 'JEUGD', '800000');
  b.append(P, 'CostCommitted', {
    costId: 'org',
    measureId: null,
    year: 2021,
    amount: '125000',
    nature: 'incidental',
    kind: 'programme-organisation',
  });
  b.append(P, 'StatedTotalRecorded', {
    totalId: 'baten-initieel',
    label: 'Totale baten 2021 initieel',
    figure: 'planned',
    scope: { level: 'measures' },
    year: 2021,
    amount: '1605000',
    knownAt: '2021-initieel',
  });
  b.at('2021-04-30T12:00:00Z');
  b.append(M, 'PcMomentRecorded', {
    name: '2021-initieel',
    kind: 'voorjaarsnota',
    year: 2021,
    at: '2021-04-30T23:59:59Z',
  });
  b.at('2021-09-15T10:00:00Z');
  const revisionIds = {
    wlz: b.append(
      P,
      'MeasurePlanRevised',
      { measureId: 'wlz', decisionId: 'd-2', lines: [{ year: 2021, amount: '750000', nature: 'structural' }] },
      { reason: 'berap 2' },
    ).metadata.eventId,
    herindicatie: b.append(P, 'MeasurePlanRevised', {
      measureId: 'herindicatie',
      decisionId: 'd-2',
      lines: [{ year: 2021, amount: 'PM', nature: 'structural' }],
    }).metadata.eventId,
    org: b.append(P, 'CostCommitted', {
      costId: 'org',
      measureId: null,
      year: 2021,
      amount: '135000',
      nature: 'incidental',
      kind: 'programme-organisation',
    }).metadata.eventId,
    rag: b.append(P, 'MeasureStatusChanged', { measureId: 'gi', rag: 'oranje', effectiveDate: '2021-09-01' }).metadata
      .eventId,
  };
  b.append(P, 'StatedTotalRecorded', {
    totalId: 'baten-bijgesteld',
    label: 'Totale baten 2021 bijgesteld',
    figure: 'planned',
    scope: { level: 'measures' },
    year: 2021,
    amount: '1550000',
  });
  b.append(M, 'PcMomentRecorded', { name: '2021-bijgesteld', kind: 'berap-2', year: 2021, at: '2021-10-01T00:00:00Z' });
  return { b, revisionIds };
}
