export { createEsdbEventStore, type EsdbEventStoreOptions } from './esdb-event-store.js';
export { esdbEventUuid } from './esdb-identity.js';
