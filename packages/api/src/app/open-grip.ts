import { existsSync, mkdirSync } from 'node:fs';
import {
  createLedger,
  createMemoryEventStore,
  randomIds,
  systemClock,
  type Clock,
  type EventStore,
  type IdSource,
  type Ledger,
  type MunicipalityRegister,
} from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { openKeyStore, type KeyStore } from '../auth/key-store.js';
import { trackLedgerHead, type LedgerHeadTracker } from '../trust/ledger-head-tracker.js';
import { openImportLog, type ImportLog } from '../journal/import-log.js';
import type { GripConfig } from './config.js';
import { markInUse } from './in-use-marker.js';
import { loadMunicipalityList } from './municipality-list.js';

export type Grip = {
  readonly config: GripConfig;
  readonly store: EventStore;
  readonly ledger: Ledger;
  readonly keys: KeyStore;
  readonly clock: Clock;
  /** The id source the ledger uses, also for names the CLI gives files (a rebuilt read-model file). */
  readonly ids: IdSource;
  /** The operator's list of municipality codes per year, when GRIP_MUNICIPALITY_LIST names one. */
  readonly municipalities?: MunicipalityRegister;
  /** The ledger digest, kept current for the anchors in export manifests. */
  readonly ledgerHead: LedgerHeadTracker;
  /** Imports begun entry by entry and not finished (only a store without atomic appends has any). */
  readonly imports: ImportLog;
  close(): Promise<void>;
};

export type OpenGripOptions = { readonly clock?: Clock; readonly ids?: IdSource };

/** The configured event store: EventStoreDB when a connection string is set, else the SQLite file. */
async function openEventStore(config: GripConfig): Promise<EventStore> {
  return config.store === 'esdb' && config.esdbConnectionString
    ? (await import('@grip/ledger/esdb')).createEsdbEventStore({ connectionString: config.esdbConnectionString })
    : openSqliteEventStore({ path: config.eventStorePath, synchronous: config.sqliteSynchronous });
}

/**
 * The store a dry run checks against, creating nothing: no data folder, no key store, and an empty
 * in-memory store when the event store file does not exist yet (a first import into a new folder).
 */
export async function openStoreToCheck(config: GripConfig): Promise<EventStore> {
  if (config.store === 'sqlite' && !existsSync(config.eventStorePath)) return createMemoryEventStore();
  return openEventStore(config);
}

/**
 * The composition root shared by the server and the CLI: the only place that opens files and wires
 * adapters together. Clock and ids can be injected for tests.
 */
export async function openGrip(config: GripConfig, options: OpenGripOptions = {}): Promise<Grip> {
  const municipalities = loadMunicipalityList(config.municipalityListPath); // before anything is created
  mkdirSync(config.dataDir, { recursive: true });
  const release = markInUse(config.dataDir);
  const clock = options.clock ?? systemClock();
  const ids = options.ids ?? randomIds();
  const store = await openEventStore(config);
  const keys = openKeyStore(config.keyStorePath);
  const ledger = createLedger({ store, clock, ids, ...(municipalities && { municipalities }) });
  const ledgerHead = trackLedgerHead(store);
  return {
    config,
    store,
    ledger,
    keys,
    clock,
    ids,
    ...(municipalities && { municipalities }),
    ledgerHead,
    imports: openImportLog(config.dataDir),
    async close() {
      await ledgerHead.close();
      keys.close();
      await store.close();
      release();
    },
  };
}
