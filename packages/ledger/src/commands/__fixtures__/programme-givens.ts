import type { DomainEvent } from '../../events/catalogue.js';

// The programme every rule spec starts from: opened, with a decision and a measure (and a stop, to refuse on).
export const P = 'prog-1';
export const opened: DomainEvent = {
  type: 'ProgrammeOpened',
  data: {
    programmeId: P,
    municipality: 'GM0118',
    title: 'Herontwerp sociaal domein',
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [
      { code: 'WMO', name: 'Wmo' },
      { code: 'JEUGD', name: 'Jeugd' },
    ],
    categories: [{ code: 'beleidskeuze', name: 'Beleidskeuze' }],
  },
};
export const decision: DomainEvent = {
  type: 'DecisionRecorded',
  data: { decisionId: 'raad-1', body: 'raad', date: '2022-02-24', reference: 'RB 2022/12', summary: 'Programmaplan' },
};
export const measure: DomainEvent = {
  type: 'MeasureRegistered',
  data: {
    measureId: 'm1',
    code: 'C 2.1',
    title: 'Voorliggend veld',
    domain: 'WMO',
    category: 'beleidskeuze',
    owner: 'Team Wmo',
  },
};
export const stopped: DomainEvent = {
  type: 'MeasureStatusChanged',
  data: { measureId: 'm1', lifecycle: 'stopped', effectiveDate: '2023-06-01' },
};
