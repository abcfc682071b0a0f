import type { CommandInput } from '../../commands/catalogue.js';
import type { EventStore } from '../../store/port.js';
import { steppingClock } from '../clock.js';
import { sequentialIds } from '../ids.js';
import { createLedger, type LedgerOptions } from '../ledger.js';

/** Small command builders for the group-commit tests: a programme, its measures, realised savings. */
export const TENANT = 'GM0118';
export const context = { actor: 'user:controller-1', tenant: TENANT };

export const openProgramme = (programmeId: string): CommandInput => ({
  type: 'OpenProgramme',
  data: {
    programmeId,
    title: `Programma ${programmeId}`,
    period: { firstYear: 2022, lastYear: 2025 },
    domains: [{ code: 'WMO', name: 'Wmo' }],
    categories: [{ code: 'bk', name: 'beleidskeuze' }],
  },
});

export const registerMeasure = (
  programmeId: string,
  measureId: string,
  code = measureId.toUpperCase(),
): CommandInput => ({
  type: 'RegisterMeasure',
  data: { programmeId, measureId, code, title: measureId, domain: 'WMO', category: 'bk', owner: 'team' },
});

export const realiseSaving = (programmeId: string, measureId: string, amount: string): CommandInput => ({
  type: 'RealiseSaving',
  data: { programmeId, measureId, year: 2023, amount },
});

export const ledgerOn = (store: EventStore, groupCommit?: LedgerOptions['groupCommit']) =>
  createLedger({ store, clock: steppingClock('2023-01-01T09:00:00Z'), ids: sequentialIds(), groupCommit });

/** An EventStore that counts group appends and can be told to fail the next one. */
export function countingStore(inner: EventStore) {
  const groups: number[] = [];
  let failNext: Error | null = null;
  const store: EventStore = {
    ...inner,
    append: inner.append.bind(inner),
    readStream: inner.readStream.bind(inner),
    streamRevision: inner.streamRevision.bind(inner),
    readAll: inner.readAll.bind(inner),
    subscribe: inner.subscribe.bind(inner),
    findEvent: inner.findEvent.bind(inner),
    listStreams: inner.listStreams.bind(inner),
    headPosition: inner.headPosition.bind(inner),
    ping: inner.ping.bind(inner),
    close: inner.close.bind(inner),
    async appendEach(requests) {
      groups.push(requests.length);
      if (failNext) {
        const failure = failNext;
        failNext = null;
        throw failure;
      }
      return inner.appendEach!(requests);
    },
  };
  return { store, groups, failNextGroup: (error: Error) => (failNext = error) };
}
