import type { RecordedEvent } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { isStoreFailure } from '../../errors/store-error.js';
import { toStoredEvent } from './esdb-envelope.js';

const recorded = (position: RecordedEvent['position']): RecordedEvent => ({
  streamId: 'programme-p1',
  id: '00000000-0000-8000-8000-000000000000',
  revision: 0n,
  type: 'SavingRealised',
  data: {},
  metadata: {
    grip: 1,
    version: 1,
    hash: 'h',
    previousHash: 'p',
    batchStart: 0,
    batchSize: 1,
    metadata: { eventId: 'e1' },
  },
  isJson: true,
  created: new Date(0),
  position,
});

describe('EventStoreDB envelope (no server needed)', () => {
  it('refuses the -1 position servers before 22.x send on stream reads, and a missing one', () => {
    for (const position of [{ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }, undefined]) {
      let error: unknown;
      try {
        toStoredEvent(recorded(position));
      } catch (e) {
        error = e;
      }
      expect(isStoreFailure(error) && error.error).toMatchObject({ code: 'STORE_CORRUPT', eventId: 'e1' });
    }
    expect(toStoredEvent(recorded({ commit: 10n, prepare: 10n })).position).toBe(
      'C00000000000000000010-P00000000000000000010',
    );
  });
});
