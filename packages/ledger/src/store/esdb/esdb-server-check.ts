import type { EventStoreDBClient } from '@eventstore/db-client';
import { withDeadline } from './esdb-deadline.js';
import { refusal } from './esdb-errors.js';

/** The oldest major version whose stream reads carry positions (earlier ones send -1). */
export const MINIMUM_MAJOR_VERSION = 22;

/**
 * Asks the server its version once, before the first call: servers before 22.x answer stream reads
 * with position -1, which would make every StoredEvent's position wrong. The client asks the same
 * question itself (ServerFeatures) and keeps the answer; it only exposes it as a protected getter.
 */
export async function checkServerVersion(client: EventStoreDBClient, deadlineMs: number): Promise<string> {
  const features = (client as unknown as { capabilities: Promise<{ serverVersion: string }> }).capabilities;
  const version = (await withDeadline(deadlineMs, 'its version', () => features)).serverVersion;
  const major = Number.parseInt(version, 10);
  if (!Number.isFinite(major) || major < MINIMUM_MAJOR_VERSION)
    throw refusal(
      `EventStoreDB ${version} is not supported: Grip needs ${MINIMUM_MAJOR_VERSION}.10 or newer ` +
        '(older servers send no positions on stream reads)',
    );
  return version;
}
