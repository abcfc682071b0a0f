import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../events/envelope.js';
import { createMemoryEventStore } from '../store/memory/index.js';
import type { EventStore } from '../store/port.js';
import { programmeStreamId, scopedProgrammeKey } from '../store/stream-ids.js';
import { steppingClock } from './clock.js';
import { sequentialIds } from './ids.js';
import { createLedger } from './ledger.js';
import { ledgerOn, openProgramme, registerMeasure } from './__fixtures__/programme-commands.js';

const A = 'GM0118';
const B = 'GM0106';
const as = (tenant: string) => ({ actor: 'user:editor', tenant });

/** A store as code before scoped ids left it: the programme's events under the bare `programme-<id>`. */
async function legacyStoreWith(programmeId: string, owner: string): Promise<EventStore> {
  const scratch = createMemoryEventStore();
  // Its own id source: the legacy events must not share ids with what the ledger under test writes.
  const old = createLedger({ store: scratch, clock: steppingClock('2021-01-01T09:00:00Z'), ids: sequentialIds('old') });
  await old.execute(openProgramme(programmeId), as(owner));
  const events = await scratch.readStream(programmeStreamId(scopedProgrammeKey(owner, programmeId)));
  const legacy = createMemoryEventStore();
  const asNew = events.map(({ type, version, data, metadata }) => ({ type, version, data, metadata }) as NewEvent);
  await legacy.append(programmeStreamId(programmeId), asNew, 'no-stream');
  return legacy;
}

describe('programme ids are unique per municipality only', () => {
  it('given A has programme x, when B opens x, then B gets its own programme and A keeps its own', async () => {
    const store = createMemoryEventStore();
    const ledger = ledgerOn(store);
    expect((await ledger.execute(openProgramme('x'), as(A))).ok).toBe(true);
    const opened = await ledger.execute(openProgramme('x'), as(B));
    expect(opened).toMatchObject({ ok: true, value: { streamId: 'programme-GM0106/x' } });
    expect((await ledger.programme(A, 'x'))?.municipality).toBe(A);
    expect((await ledger.programme(B, 'x'))?.municipality).toBe(B);
  });

  it('given A has x, when B writes to x before opening it, then B hears "not found", as for an id nobody has', async () => {
    const ledger = ledgerOn(createMemoryEventStore());
    await ledger.execute(openProgramme('x'), as(A));
    const onTaken = await ledger.execute(registerMeasure('x', 'm1'), as(B));
    const onFree = await ledger.execute(registerMeasure('nobody-has-this', 'm1'), as(B));
    expect(onTaken.ok || onTaken.error.code).toBe(onFree.ok || onFree.error.code);
    expect(await ledger.programme(B, 'x')).toBeNull();
  });

  it('given a legacy stream programme-x of A, then A still reaches it under x and writes there', async () => {
    const store = await legacyStoreWith('x', A);
    const ledger = ledgerOn(store);
    expect(await ledger.programmes.keyOf(A, 'x')).toBe('x');
    const registered = await ledger.execute(registerMeasure('x', 'm1'), as(A));
    expect(registered).toMatchObject({ ok: true, value: { streamId: 'programme-x' } });
    expect((await ledger.programme(A, 'x'))?.measures.has('m1')).toBe(true);
    expect((await ledger.execute(openProgramme('x'), as(A))).ok).toBe(false); // still A's, still opened
  });

  it('given a legacy stream programme-x of A, when B opens x, then B gets a scoped stream beside it', async () => {
    const store = await legacyStoreWith('x', A);
    const ledger = ledgerOn(store);
    expect(await ledger.programmes.keyOf(B, 'x')).toBe('GM0106/x');
    expect(await ledger.programme(B, 'x')).toBeNull();
    expect((await ledger.execute(openProgramme('x'), as(B))).ok).toBe(true);
    expect(await ledger.programmes.holdersOf('x')).toEqual([
      { municipality: B, programmeKey: 'GM0106/x' },
      { municipality: A, programmeKey: 'x' },
    ]);
  });
});
