// The one event every write benchmark appends (the facade derives the same event from its command), so
// every variant writes the same bytes' worth of work.
export const TENANT = 'GM0118';
export const MEASURES = 50;

export const savingData = (i) => ({ measureId: `m${i % MEASURES}`, year: 2022 + (i % 4), amount: `${1000 + i}.5` });

export const metadataAt = (i) => ({
  eventId: `bench-${i}`,
  tenant: TENANT,
  actor: 'bench',
  recordedAt: '2022-01-01T00:00:00.000Z',
  correlationId: `bench-${i}`,
  causationId: null,
});

export const eventAt = (i) => ({ type: 'SavingRealised', version: 1, data: savingData(i), metadata: metadataAt(i) });

/** The command that makes the ledger decide eventAt(i)'s data for a programme. */
export const realiseSavingAt = (i, programmeId) => ({ type: 'RealiseSaving', data: { programmeId, ...savingData(i) } });

export const openProgrammeCommand = (programmeId) => ({
  type: 'OpenProgramme',
  data: {
    programmeId,
    title: `Bench ${programmeId}`,
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'beleidskeuze' }],
  },
});

export const registerMeasureCommand = (programmeId, m) => ({
  type: 'RegisterMeasure',
  data: { programmeId, measureId: `m${m}`, code: `M${m}`, title: 't', domain: 'WMO', category: 'bk', owner: 'o' },
});
