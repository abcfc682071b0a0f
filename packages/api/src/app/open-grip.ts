import { mkdirSync } from 'node:fs';
import {
  createLedger,
  randomIds,
  systemClock,
  type Clock,
  type EventStore,
  type IdSource,
  type Ledger,
} from '@grip/ledger';
import { openSqliteEventStore } from '@grip/ledger/sqlite';
import { openKeyStore, type KeyStore } from '../auth/key-store.js';
import { trackLedgerHead, type LedgerHeadTracker } from '../trust/ledger-head-tracker.js';
import type { GripConfig } from './config.js';
import { markInUse } from './in-use-marker.js';

export type Grip = {
  readonly config: GripConfig;
  readonly store: EventStore;
  readonly ledger: Ledger;
  readonly keys: KeyStore;
  readonly clock: Clock;
  /** The ledger digest, kept current for the anchors in export manifests. */
  readonly ledgerHead: LedgerHeadTracker;
  close(): Promise<void>;
};

export type OpenGripOptions = { readonly clock?: Clock; readonly ids?: IdSource };

/**
 * The composition root shared by the server and the CLI: the only place that opens files and wires
 * adapters together. Clock and ids can be injected for tests.
 */
export async function openGrip(config: GripConfig, options: OpenGripOptions = {}): Promise<Grip> {
  mkdirSync(config.dataDir, { recursive: true });
  const release = markInUse(config.dataDir);
  const clock = options.clock ?? systemClock();
  const ids = options.ids ?? randomIds();
  const store = config.esdbConnectionString
    ? (await import('@grip/ledger/esdb')).createEsdbEventStore({ connectionString: config.esdbConnectionString })
    : openSqliteEventStore({ path: config.eventStorePath, synchronous: config.sqliteSynchronous });
  const keys = openKeyStore(config.keyStorePath);
  const ledger = createLedger({ store, clock, ids });
  const ledgerHead = trackLedgerHead(store);
  return {
    config,
    store,
    ledger,
    keys,
    clock,
    ledgerHead,
    async close() {
      await ledgerHead.close();
      keys.close();
      await store.close();
      release();
    },
  };
}
