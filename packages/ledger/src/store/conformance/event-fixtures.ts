import { programmeStreamId } from '../stream-ids.js';
import type { NewEvent } from '../../events/envelope.js';
import type { EventMetadata } from '../../events/metadata.js';

/** Fixed base for recordedAt; every fixture event is one second after the previous one. */
const BASE_TIME_MS = Date.UTC(2024, 3, 15, 9, 0, 0);

export type SavingOverrides = { measureId?: string; year?: number; amount?: string; eventId?: string; reason?: string };

/**
 * Deterministic NewEvent builder for store tests: ids are `<prefix>-<n>`, recordedAt advances one second
 * per event from a fixed date, and amounts are decimal strings (money is never a number). Give each test
 * its own prefix so ids never collide, also not in a shared EventStoreDB.
 */
export function createEventFixtures(prefix: string) {
  let counter = 0;

  const metadata = (eventId: string, n: number, reason?: string): EventMetadata => ({
    eventId,
    tenant: 'GM0118',
    actor: 'controller@hoogeveen.example',
    recordedAt: new Date(BASE_TIME_MS + n * 1000).toISOString(),
    correlationId: `${prefix}-corr`,
    causationId: null,
    ...(reason === undefined ? {} : { reason }),
  });

  const savingRealised = (overrides: SavingOverrides = {}): NewEvent => {
    const n = counter++;
    return {
      type: 'SavingRealised',
      version: 1,
      data: {
        measureId: overrides.measureId ?? `m${n % 3}`,
        year: overrides.year ?? 2022 + (n % 4),
        amount: overrides.amount ?? `${1000 + n}.50`,
      },
      metadata: metadata(overrides.eventId ?? `${prefix}-${n}`, n, overrides.reason),
    };
  };

  return {
    savingRealised,
    /** `count` SavingRealised events with consecutive ids. */
    batch: (count: number): NewEvent[] => Array.from({ length: count }, () => savingRealised()),
    /** A stream id unique to this fixture set. */
    stream: (name: string): string => programmeStreamId(`${prefix}-${name}`),
  };
}

export const eventIdsOf = (events: readonly { metadata: { eventId: string } }[]): string[] =>
  events.map((e) => e.metadata.eventId);
