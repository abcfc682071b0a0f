import { describe, expect, it } from 'vitest';
import { createEventFixtures } from './conformance/event-fixtures.js';
import { listProgrammeKeys } from './list-programmes.js';
import { createMemoryEventStore } from './memory/index.js';
import { municipalityStreamId, programmeStreamId, scopedProgrammeKey } from './stream-ids.js';

describe('the programme listing', () => {
  it('names every programme stream once by its key (legacy bare ids and scoped ones), and no other stream', async () => {
    const store = createMemoryEventStore();
    const f = createEventFixtures('list');
    const scoped = programmeStreamId(scopedProgrammeKey('GM0106', 'a'));
    for (const streamId of [programmeStreamId('b'), municipalityStreamId('GM0118'), programmeStreamId('a'), scoped])
      await store.append(streamId, f.batch(1), 'no-stream');
    expect(await listProgrammeKeys(store)).toEqual(['GM0106/a', 'a', 'b']);
  });
});
